import type { LocalePack } from "../types";

/**
 * Uzbek (Latin), as Uzbek wallets and card processors write it (Payme, Click, Humo, Uzcard: "Sizga 300 000 so'm
 * o'tkazildi"). Their Russian-transliterated alerts ("oplata", "Popolnenie") are the Russian pack's.
 */
export const uz: LocalePack = {
  id: "uz",
  name: "Uzbek",
  scripts: ["Latn"],
  words: {
    // "Kartangizdan .. o'tkazildi" (from your card) is money out; "Sizga .. o'tkazildi" (to you) money in.
    debit: [
      "kartangizdan",
      "hisobingizdan",
      "to'lov amalga oshirildi",
      "to'landi",
      "yechib olindi",
      "yechildi",
      "sarflandi",
      "o'tkazdingiz",
      "to'lov o'tkazildi",
      // "Payme: To'lov 125 000 so'm Korzinka": a payment (longer "to'lov muddati" is a due date).
      "to'lov",
      "toʻlov",
      "to‘lov",
    ],
    credit: [
      "o'tkazildi",
      "kelib tushdi",
      "hisobingizga tushdi",
      "kartangizga tushdi",
      "to'ldirildi",
      "o'tkazmasi qabul qilindi",
      "o'tkazma qabul qilindi",
    ],
    balance: ["balans", "qoldiq"],
    otp: ["tasdiqlash kodi", "kodni hech kimga", "bir martalik kod"],
    promo: ["aksiya", "chegirma", "keshbek", "yutib oling"],
    due: ["to'lov muddati", "qarzdorlik"],
    failed: ["amalga oshmadi", "muvaffaqiyatsiz"],
    declined: ["rad etildi", "mablag' yetarli emas", "qabul qilinmadi"],
    amount: ["summasi", "summa"],
    payer: ["jo'natuvchi"],
    party: ["qabul qiluvchi"],
    account: ["karta", "hisob"],
  },
  numbers: { decimal: ".", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["UZS"],
};
