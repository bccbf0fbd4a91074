import type { LocalePack } from "../types";

/** Bengali, as Bangladeshi banks and wallets write it (bKash and Nagad print English too: "Cash In Tk 500.00"). */
export const bn: LocalePack = {
  id: "bn",
  name: "Bengali",
  scripts: ["Beng"],
  words: {
    debit: ["ক্যাশ আউট", "সেন্ড মানি", "ডেবিট", "খরচ", "উত্তোলন", "পাঠানো হয়েছে", "প্রেরণ", "পেমেন্ট", "কাটা হয়েছে"],
    credit: ["সেন্ড মানি গ্রহণ", "গ্রহণ করা হয়েছে", "ক্যাশ ইন", "জমা", "ক্রেডিট", "পেয়েছেন", "গ্রহণ করেছেন"],
    balance: ["ব্যালেন্স", "স্থিতি"],
    otp: ["ওটিপি", "ভেরিফিকেশন কোড"],
    promo: ["অফার", "ক্যাশব্যাক", "জিতেছেন", "অভিনন্দন", "পুরস্কার"],
    due: ["বকেয়া"],
    future: ["কাটা হবে", "ডেবিট করা হবে", "জমা হবে"],
    request: ["পেমেন্ট রিকোয়েস্ট", "পেমেন্ট অনুরোধ"],
    failed: ["ব্যর্থ"],
    declined: ["প্রত্যাখ্যাত"],
    amount: ["পরিমাণ"],
    payer: ["প্রেরক"],
    account: ["হিসাব", "অ্যাকাউন্ট"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["BDT"],
};
