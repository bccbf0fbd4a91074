import type { LocalePack } from "../types";

/** Portuguese, as Mozambican banks and wallets write it (Millennium bim, Standard Bank, M-Pesa, e-Mola). */
export const pt: LocalePack = {
  id: "pt",
  name: "Portuguese",
  scripts: ["Latn"],
  words: {
    debit: [
      "saque", "compra aprovada", "pix enviado", "transferência enviada", "transferencia enviada", "debito de",
      "ocorreu um debito", "pagamento efetuado", "pagamento realizado", "debitada", "debitado", "débito",
      "operacao de compra", "operação de compra", "compra", "transferiste", "levantaste", "levantamento",
      "pagaste", "enviaste", "pagamento de", "enviado para",
    ],
    credit: [
      "pix recebido", "transferência recebida", "transferencia recebida", "estorno", "ocorreu um credito",
      "ocorreu um crédito", "depositaste", "creditada", "creditado", "credito de", "crédito de", "recebeu",
      "recebeste", "depositado", "depósito de",
    ],
    balance: ["saldo"],
    otp: [
      "codigo de seguranca", "código de segurança", "nao compartilhe", "não compartilhe", "seu codigo",
      "seu código", "código de verificação", "codigo de verificacao", "código de confirmação",
      "senha temporária",
    ],
    promo: [
      "pré-aprovado", "pre-aprovado", "contrate agora", "promoção", "promocao", "oferta", "ganhe", "bónus",
      "bonus", "parabéns", "parabens", "podes pedir", "pedir ate", "pedir até",
    ],
    due: ["vencimento", "prazo de pagamento", "vence em", "sua fatura"],
    future: [
      "sera realizado", "será realizado", "será debitado", "sera debitado", "será debitada", "sera debitada",
    ],
    held: [
      "pré-autoriza", "pre-autoriza", "cativ", "novo limite", "limite de crédito", "limite de credito",
      "pode pagar",
    ],
    failed: [
      "nao realizado", "não realizado", "nao realizada", "não realizada", "falhou", "sem sucesso",
      "não foi concluída", "nao foi concluida",
    ],
    declined: ["recusada", "rejeitada", "negada"],
    amount: ["no valor de", "valor", "montante"],
    payer: ["de"],
    party: ["em", "para", "compra pos"],
    refund: ["estorno", "reembolso"],
    account: ["cartao final", "cartão final", "conta final", "com final", "conta", "cartão", "cartao"],
  },
  numbers: { decimal: ",", group: [".", " "] },
  dateOrders: ["dmy"],
  currencies: ["MZN"],
};
