import type { LocalePack } from "../types";

/** French, as French and francophone African banks write alerts ("réalisation de votre virement de 1000,00 EUR"). */
export const fr: LocalePack = {
  id: "fr",
  name: "French",
  scripts: ["Latn"],
  words: {
    debit: ["réalisation de votre virement", "paiement", "prélèvement", "retrait", "débité", "achat", "virement émis"],
    credit: [
      "avez reçu",
      "avez recu",
      "virement reçu",
      "virement recu",
      "crédité",
      "versement reçu",
      "remboursement",
      "dépôt",
      "a ete depose",
      "a été déposé",
    ],
    balance: ["solde", "alerte solde"],
    otp: ["code de sécurité", "code de confirmation", "code de vérification", "code à usage unique"],
    promo: ["offre", "promotion", "gagnez", "profitez", "félicitations", "gagné"],
    due: ["échéance", "à payer avant"],
    future: ["sera effectué", "sera effectue", "sera prélevé", "sera preleve"],
    held: ["pré-autorisation", "pre-autorisation", "nouveau plafond", "vous pouvez payer"],
    failed: ["échoué", "échec", "n'a pas abouti"],
    declined: ["refusé", "refusée", "rejeté"],
    amount: ["montant"],
    payer: ["de"],
    party: ["chez"],
    refund: ["remboursement"],
    account: ["compte", "carte", "se terminant par"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0", "."] },
  dateOrders: ["dmy"],
  currencies: ["EUR", "XOF", "XAF", "MAD"],
};
