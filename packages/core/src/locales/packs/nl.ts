import type { LocalePack } from "../types";

/** Dutch, as Dutch and Belgian banks write card and account alerts ("Je hebt .. betaald aan", "bijgeschreven"). */
export const nl: LocalePack = {
  id: "nl",
  name: "Dutch",
  scripts: ["Latn"],
  words: {
    debit: ["betaald aan", "betaald bij", "afgeschreven", "betaling", "opname", "overboeking naar", "pinbetaling"],
    credit: ["bijgeschreven", "ontvangen van", "overboeking van", "je hebt ontvangen", "storting", "bijschrijving"],
    balance: ["saldo"],
    otp: ["verificatiecode", "deel deze code", "eenmalige code"],
    promo: ["aanbieding", "korting", "gefeliciteerd", "gewonnen", "actie"],
    due: ["vervaldatum", "te betalen voor"],
    future: ["wordt afgeschreven", "wordt geïncasseerd", "wordt geincasseerd"],
    held: ["gereserveerd", "nieuwe limiet", "je kunt betalen"],
    // Tikkie: "Jeroen vraagt €12,50 van je voor 'lunch'": a request to pay.
    request: ["vraagt", "betaalverzoek"],
    failed: ["mislukt", "niet uitgevoerd"],
    declined: ["geweigerd", "afgewezen"],
    amount: ["bedrag"],
    payer: ["van"],
    party: ["aan", "bij"],
    refund: ["terugbetaling", "terugboeking"],
    account: ["rekening", "betaalpas", "pas"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["EUR"],
};
