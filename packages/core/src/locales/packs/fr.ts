import type { LocalePack } from "../types";

/** French, as French and francophone African banks write alerts ("réalisation de votre virement de 1000,00 EUR"). */
export const fr: LocalePack = {
  id: "fr",
  name: "French",
  scripts: ["Latn"],
  words: {
    debit: [
      "réalisation de votre virement",
      "paiement",
      "prélèvement",
      "retrait",
      "débité",
      "achat",
      "virement émis",
      "prelevement",
      "a ete debite",
      // Mobile-money wallets (Orange Money, Wave, MTN MoMo, Moov): "Vous avez envoyé 15.000F à X",
      // "Transfert de 10 000 FCFA vers X reussi".
      "avez envoyé",
      "avez envoye",
      "avez transféré",
      "avez transfere",
      "transfert de",
    ],
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
      "reçu de",
      "recu de",
      "a ete credite",
      // "Pierre Martin vous a envoyé 20,00 €" (Lydia).
      "vous a envoyé",
      "vous a envoye",
      "depot de",
    ],
    balance: ["est debiteur", "est débiteur", "solde", "alerte solde"],
    otp: [
      "code de sécurité",
      "code de securite",
      "code securipass",
      "code de verification",
      "code de confirmation",
      "code de vérification",
      // "code 331204 pour valider un paiement de 289,99 EUR": a code to type back, never money.
      "pour valider un paiement",
      "pour valider votre paiement",
      "code à usage unique",
      "code temporaire",
    ],
    // "Camille vous demande 15,00 €": a request to pay.
    request: ["vous demande", "demande de paiement"],
    // "envoyez de l'argent à seulement 1%", "parrainez un ami": an ad's price and referral lines.
    promo: [
      "offre",
      "promotion",
      "gagnez",
      "profitez",
      "félicitations",
      "gagné",
      "à seulement",
      "a seulement",
      "parrainez",
    ],
    due: ["échéance", "à payer avant", "à régler avant", "a regler avant"],
    future: [
      "sera effectué",
      "sera effectue",
      "sera prélevé",
      "sera preleve",
      "sera debite",
      "sera débité",
      "sera credite",
      "sera crédité",
    ],
    held: ["pré-autorisation", "pre-autorisation", "nouveau plafond", "vous pouvez payer"],
    // Printed without accents too: "Echec de votre paiement de 32,00 EUR, solde insuffisant".
    failed: ["échoué", "échec", "n'a pas abouti", "echec", "echoue", "solde insuffisant"],
    declined: ["refusé", "refusée", "rejeté"],
    amount: ["montant"],
    // "Pierre Martin vous a envoyé 20,00 €" (Lydia): the payer's name comes first.
    partyBefore: ["vous a envoyé", "vous a envoye"],
    // Wallets: "reçu .. du 0707.. KOUAME AYA", "recu de l'agent KEITA", "envoyé .. à Moussa Coulibaly", "vers KOUASSI
    // AMANI", "chez le distributeur DIALLO SERVICES".
    payer: ["de", "par", "du", "de l'agent"],
    party: ["chez", "à", "vers", "vers le", "chez le distributeur", "chez l'agent"],
    refund: ["remboursement"],
    account: ["compte", "carte", "se terminant par"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0", "."] },
  dateOrders: ["dmy"],
  currencies: ["EUR", "XOF", "XAF", "MAD"],
};
