import type { LocalePack } from "../types";

/** Urdu (Arabic script); Pakistani banks alert mostly in English ("PKR 5,000.00 received"), wallets mix both. */
export const ur: LocalePack = {
  id: "ur",
  name: "Urdu",
  scripts: ["Arab"],
  words: {
    debit: ["کٹوتی", "ادائیگی کی گئی", "نکالے گئے", "بھیجے گئے"],
    credit: ["جمع ہو", "موصول ہوئے", "وصول ہوئے"],
    balance: ["بیلنس", "بقایا رقم"],
    otp: ["او ٹی پی", "تصدیقی کوڈ"],
    promo: ["آفر", "رعایت"],
    due: ["واجب الادا"],
    failed: ["ناکام"],
    declined: ["مسترد"],
    amount: ["رقم"],
    partyBefore: [" سے"],
    account: ["اکاؤنٹ", "کھاتہ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["PKR"],
};
