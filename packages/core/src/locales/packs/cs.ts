import type { LocalePack } from "../types";

/** Czech, as Czech banks write it (decimal comma, space grouping: "1 250,00 CZK"). */
export const cs: LocalePack = {
  id: "cs",
  name: "Czech",
  scripts: ["Latn"],
  words: {
    debit: [
      "platba kartou",
      "odchozí platba",
      "odchozi platba",
      "výběr",
      "zaplaceno",
      "odepsáno",
      "strženo",
      "vyber z bankomatu",
      "výběr z bankomatu",
    ],
    credit: ["příchozí platba", "prichozi platba", "připsáno", "vklad", "přišla platba", "vratka"],
    balance: ["zůstatek", "disponibilní"],
    otp: ["ověřovací kód", "jednorázový kód", "potvrzovací kód", "autorizacni kod", "autorizační kód"],
    promo: ["nabídka", "sleva", "akce", "vyhráli", "gratulujeme", "půjčka", "pujcka"],
    due: ["splatnost", "splátka"],
    held: ["předautorizace", "predautorizace", "blokace", "nový limit", "můžete zaplatit"],
    failed: ["neproběhla", "nezdařila", "neúspěšn"],
    declined: ["zamítnut", "odmítnut"],
    amount: ["částka", "castka"],
    refund: ["vratka", "vrácení"],
    payer: ["od"],
    account: ["účet", "karta", "účtu", "ucet", "kartou"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["CZK"],
};
