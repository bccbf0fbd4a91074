import type { LocalePack } from "../types";

/** English, as banks and wallets write it in India, Africa, the Gulf, South and South-East Asia. */
export const en: LocalePack = {
  id: "en",
  name: "English",
  scripts: ["Latn"],
  words: {
    debit: [
      "debited", "debit", "spent", "withdrawn", "withdrew", "withdrawal", "paid", "sent", "purchase", "dr", "payment",
      "transfer", "transferred", "transfered", "transfer out", "transaction", "txn", "cash out", "send money", "outward",
      "thank you for using", "deducted", "charged",
    ],
    credit: [
      "credited", "credit", "received", "receive", "deposited", "deposit", "cr", "cash in", "cash-in", "inward",
      "transfer in", "refunded",
    ],
    balance: ["balance", "bal", "avl bal", "available limit"],
    otp: ["otp", "one time password", "one-time code", "verification code"],
    promo: ["offer", "cashback", "pre-approved", "eligible for", "apply now"],
    due: ["due", "will be debited", "payable"],
    failed: ["failed", "unsuccessful", "could not be"],
    declined: ["declined", "rejected"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "mdy", "ymd"],
  currencies: ["INR", "USD", "AED", "SGD", "KES", "GBP", "EUR"],
};
