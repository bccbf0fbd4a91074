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
    credit: [
      "příjem na",
      "prijem na",
      "příchozí platba",
      "prichozi platba",
      "připsáno",
      "vklad",
      "přišla platba",
      "prisla platba",
      "vratka",
    ],
    balance: ["zustatek", "zůstatek", "disponibilní", "aktualni", "aktuální"],
    otp: [
      "overovaci kod",
      "overovací kód",
      "ověřovací kód",
      "jednorázový kód",
      "potvrzovací kód",
      "autorizacni kod",
      "autorizační kód",
    ],
    promo: ["nabídka", "sleva", "akce", "vyhráli", "gratulujeme", "půjčka", "pujcka"],
    due: ["splatnost", "splátka"],
    // "Inkaso 1 290 Kč .. bude strženo z účtu 12.12.2026": a direct debit still to come.
    future: ["bude strženo", "bude strzeno", "bude odepsáno", "bude odepsano", "bude připsáno", "bude pripsano"],
    held: ["předautorizace", "predautorizace", "blokace", "nový limit", "můžete zaplatit"],
    failed: ["neproveden", "neprovedena", "neproběhla", "nezdařila", "neúspěšn"],
    declined: ["zamítnut", "odmítnut"],
    amount: ["částka", "castka"],
    refund: ["vratka", "vrácení"],
    payer: ["od", "protiucet:", "protiúčet:"],
    // "Platba kartou .. v ALBERT PRAHA 4 dne ..": "v" (in, at) before the merchant, as "u".
    party: ["u", "v"],
    account: ["účet", "karta", "účtu", "ucet", "kartou"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["CZK"],
};
