import type { LocalePack } from "../types";

/** English, as banks and wallets write it in India, Africa, the Gulf, South and South-East Asia and the US. */
export const en: LocalePack = {
  id: "en",
  name: "English",
  scripts: ["Latn"],
  words: {
    debit: [
      "debited", "debit", "spent", "withdrawn", "withdrawal", "withdrew", "paid", "sent", "purchase", "dr", "charged",
      "cash out", "transfer out", "transferred", "transfered", "outgoing transfer", "card payment", "pos txn", "auth pmt",
      "wallet load", "money sent", "fund transfer of",
    ],
    credit: [
      "credited", "credit", "received", "deposited", "deposit", "cr", "cash in", "transfer in", "transfer received",
      "incoming transfer", "receive", "refund",
    ],
    balance: ["balance", "bal", "avl bal", "avlbal", "available limit", "baln", "available bal"],
    otp: ["otp", "one time password", "one-time password", "one-time code", "verification code", "passcode", "pin is"],
    promo: ["offer", "cashback", "pre-approved", "eligible for", "apply now", "win", "exclusive", "enjoy", "download our app"],
    due: ["due", "will be debited", "payable", "overdue", "minimum payment"],
    failed: ["failed", "unsuccessful", "could not be", "insufficient", "not successful"],
    declined: ["declined", "rejected", "not approved"],
    amount: ["amount", "amt", "txn amt"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "mdy", "ymd"],
  currencies: ["INR", "USD", "AED", "SGD", "KES", "GBP", "EUR", "NGN", "LKR", "PKR", "NPR", "ETB", "TZS", "EGP", "BDT", "CAD"],
};
