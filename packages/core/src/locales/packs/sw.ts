import type { LocalePack } from "../types";

/** Swahili, as Tanzanian and Kenyan banks and mobile wallets write it (CRDB, NMB, M-Pesa, Mixx by Yas). */
export const sw: LocalePack = {
  id: "sw",
  name: "Swahili",
  scripts: ["Latn"],
  words: {
    debit: [
      "umetuma", "imetumwa", "kimetumwa", "kimetolewa", "imetolewa", "umelipa", "malipo yamekamilika",
      "muamala umefanikiwa", "umetoa", "umenunua", "imelipwa", "umekatwa", "kimekatwa",
    ],
    credit: [
      "umepokea", "umeweka", "imepokelewa", "kimepokelewa", "imewekwa", "kimewekwa", "amekutumia", "umewekewa", "imewekewa",
    ],
    balance: ["salio"],
    otp: ["nambari ya siri", "msimbo wa uthibitisho", "nenosiri", "namba yako ya uthibitisho", "usimpe mtu"],
    promo: [
      "pata hadi", "kopa hadi", "ofa", "zawadi", "shinda", "bonasi", "punguzo", "umeshinda", "hongera",
      "unaweza kukopa", "kukopa hadi",
    ],
    due: ["tarehe ya mwisho", "inadaiwa", "deni lako"],
    future: ["itakatwa", "kitakatwa"],
    held: ["unaweza", "kikomo", "imezuiliwa", "zimezuiliwa"],
    failed: ["imeshindwa", "haikufanikiwa", "umeshindwa", "haujafanikiwa"],
    declined: ["imekataliwa"],
    amount: ["kiasi cha", "kiasi"],
    payer: ["kutoka kwa", "kutoka"],
    party: ["kwa"],
    account: ["akaunti", "akaunti yako", "kadi"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["TZS", "KES", "UGX"],
};
