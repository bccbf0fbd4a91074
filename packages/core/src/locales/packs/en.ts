import type { LocalePack } from "../types";

/** English, as banks and wallets write it in India, Africa, the Gulf, South and South-East Asia and the US. */
export const en: LocalePack = {
  id: "en",
  name: "English",
  scripts: ["Latn"],
  words: {
    // Bare "debit"/"credit"/"dr"/"cr" are left out: "Credit Card Purchase", "Cr Crd no.." name a card, not a direction.
    debit: [
      "debited", "spent", "spending", "withdrawn", "withdrawal", "withdrew", "paid", "sent", "purchase",
      "dr amt", "charged", "cash out", "cash-out", "transfer out", "transferred", "transfered",
      "outgoing transfer", "card payment", "pos txn", "auth pmt", "wallet load", "money sent", "send money",
      "fund transfer of", "payment of", "payment towards", "transaction approved",
      "fund transfer has been made", "pos transaction", "card transaction", "trx using card",
      "thank you for using", "payment successful", "outward remittance", "transfer from account",
    ],
    credit: [
      "credited", "received", "deposited", "deposit of", "cr amt", "cash in", "cash-in", "transfer in",
      "transfer received", "incoming transfer", "inward remittance", "cash deposit", "deposit", "receive",
    ],
    balance: ["balance", "bal", "avl bal", "avlbal", "available limit", "baln", "available bal"],
    otp: [
      "otp", "one time password", "one-time password", "one-time code", "verification code", "passcode",
      "pin is",
    ],
    promo: [
      "borrow up to", "you're qualified for", "you are qualified for", "offer", "cashback", "pre-approved",
      "eligible for", "apply now", "win", "exclusive", "enjoy", "download our app", "won", "congratulations",
      "prize", "lucky draw",
    ],
    due: ["due", "will be debited", "payable", "overdue", "minimum payment"],
    held: [
      "pre-authori", "preauthori", "pre-auth", "on hold", "held on your", "has been blocked",
      "you can now pay", "you can pay", "credit limit", "loan limit",
    ],
    failed: ["failed", "unsuccessful", "could not be", "insufficient", "not successful"],
    declined: ["declined", "rejected", "not approved"],
    amount: ["amount", "amt", "txn amt"],
    payer: ["trf from", "beftn from"],
    party: ["at agent", "to agent", "pos purchase", "purchase @", "pos", "at", "to", "for"],
    account: [
      "a/c", "acct", "account", "acc", "ac", "card", "card ending", "account no", "account number", "by:",
      "via:",
    ],
    // Loose cues for the money signal only (never an intent): a bare "debit" or "txn" beside an amount means money moved.
    debitCue: ["debit", "dr", "payment", "transfer", "transaction", "txn", "deducted", "outward"],
    creditCue: ["credit", "cr", "inward", "refunded"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "mdy", "ymd"],
  currencies: [
    "INR", "USD", "AED", "SGD", "KES", "GBP", "EUR", "NGN", "LKR", "PKR", "NPR", "ETB", "TZS", "EGP", "BDT",
    "CAD",
  ],
};
