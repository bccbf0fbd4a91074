import type { LocalePack } from "../types";

/** Persian, as Iranian banks write it (amounts in rial or toman, often signed: "-3,300,000"). */
export const fa: LocalePack = {
  id: "fa",
  name: "Persian",
  scripts: ["Arab"],
  words: {
    debit: [
      "برداشت",
      "خرید",
      "انتقال یافت",
      "پرید",
      "کسر شد",
      "انتقال از حساب",
      "انتقال مبلغ",
      "انتقال به",
      "انتقال از:",
      // "انتقال -500,000,000 / به: ..": a transfer out (longer words above say which side first).
      "انتقال",
    ],
    credit: ["واریز", "نشست", "انتقال از اینترنت بانک"],
    balance: ["مانده", "موجودی"],
    otp: ["رمز پویا", "کد تایید", "رمز یکبار مصرف", "کد تأیید"],
    promo: ["تخفیف", "جایزه", "جشنواره", "برنده", "تبریک", "وام", "درخواست دهید", "قابل واریز"],
    due: ["سررسید", "قسط"],
    held: ["سقف", "مسدود", "می توانید", "میتوانید", "می‌توانید"],
    failed: ["ناموفق"],
    declined: ["رد شد", "موجودی کافی نیست"],
    amount: ["مبلغ"],
    // Field labels of multi-line alerts: "پذیرنده:" (merchant), "به:" (payee), "از:" (payer).
    party: ["به حساب", "پذیرنده:", "به:"],
    // "۲۵۰,۰۰۰ تومان از طرف مریم احمدی .. واریز شد": from (on behalf of) the payer.
    payer: ["از:", "از طرف"],
    account: ["کارت", "حساب", "سپرده"],
    payeeNumber: ["انتقال به"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["ymd", "dmy"],
  currencies: ["IRR"],
};
