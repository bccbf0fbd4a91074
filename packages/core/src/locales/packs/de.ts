import type { LocalePack } from "../types";

/** German, as German savings banks and others write card and account alerts ("Kartenumsatz", "Gehalt .. eingegangen"). */
export const de: LocalePack = {
  id: "de",
  name: "German",
  scripts: ["Latn"],
  words: {
    debit: [
      "kartenzahlung", "belastet", "abgebucht", "zahlung", "kartenumsatz", "abbuchung", "lastschrift",
      "belastung", "überweisung ausgeführt", "abhebung", "zahlung an", "bezahlt",
    ],
    credit: ["gutgeschrieben", "eingang", "eingegangen", "gutschrift", "zahlungseingang", "gehaltseingang"],
    balance: ["saldo", "kontostand"],
    otp: ["bestätigungscode", "tan", "sicherheitscode"],
    promo: ["angebot", "aktion", "gewinnen", "rabatt", "gewonnen", "herzlichen glückwunsch"],
    due: ["fällig", "fälligkeit"],
    future: [
      "wird eine lastschrift", "wird abgebucht", "wird belastet", "werden abgebucht", "wird eingezogen",
    ],
    held: ["vorautorisierung", "reservierung", "vorgemerkt", "neues limit", "können sie"],
    failed: ["fehlgeschlagen", "nicht ausgeführt"],
    declined: ["abgelehnt"],
    amount: ["betrag"],
    payer: ["von"],
    party: ["bei"],
    refund: ["erstattung", "rückerstattung"],
    account: ["konto", "karte"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["EUR", "CHF"],
};
