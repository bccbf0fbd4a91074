import type { LocalePack } from "../types";

/** Italian, as Italian banks write it (Intesa Sanpaolo, UniCredit: "pagamento di 58,40 EUR presso ..", "bonifico in entrata"). */
export const it: LocalePack = {
  id: "it",
  name: "Italian",
  scripts: ["Latn"],
  words: {
    debit: [
      "pagamento", "prelievo", "addebito", "bonifico in uscita", "bonifico disposto", "bonifico effettuato",
      "acquisto", "hai inviato", "hai pagato",
    ],
    credit: [
      "bonifico in entrata", "bonifico ricevuto", "accredito", "accreditato", "hai ricevuto",
      "ricarica ricevuta", "rimborso", "storno",
    ],
    balance: ["saldo disponibile", "saldo", "disponibilità", "disponibilita"],
    otp: ["codice di verifica", "codice otp", "codice di sicurezza", "non condividere"],
    promo: ["offerta", "promozione", "vinci", "sconto", "approfitta", "congratulazioni"],
    due: ["in scadenza", "scadenza"],
    future: [
      "verrà addebitato", "verra addebitato", "sarà addebitato", "sara addebitato", "verrà addebitata",
      "verra addebitata",
    ],
    held: ["preautorizzazione", "pre-autorizzazione", "nuovo limite", "puoi pagare"],
    failed: [
      "non riuscito", "non riuscita", "fallito", "fallita", "non è andato a buon fine",
      "non e andato a buon fine",
    ],
    declined: ["rifiutato", "rifiutata", "negato", "negata"],
    amount: ["importo"],
    payer: ["da"],
    party: ["presso", "a favore di"],
    refund: ["rimborso", "storno"],
    account: ["conto", "carta"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["EUR"],
};
