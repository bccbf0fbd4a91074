import type { LocalePack } from "../types";

/** Arabic, as banks in Saudi Arabia, Oman, Jordan, the UAE and Egypt write it. */
export const ar: LocalePack = {
  id: "ar",
  name: "Arabic",
  scripts: ["Arab"],
  words: {
    debit: ["شراء", "خصم", "سحب", "صادرة", "تحويل صادر", "دفع", "سداد", "مدين"],
    credit: ["إيداع", "ايداع", "واردة", "تحويل وارد", "حوالة راتب", "قيد مبلغ", "إضافة مبلغ", "استرداد مبلغ", "دائن"],
    balance: ["رصيد", "الرصيد", "الحد المتاح"],
    otp: ["رمز التحقق", "كلمة المرور لمرة واحدة", "رمز التفعيل", "كلمة مرور مؤقتة"],
    promo: ["عرض", "عروض", "استرداد نقدي", "اربح", "تخفيضات", "ربحت", "مبروك", "جائزة"],
    due: ["مستحق", "تاريخ الاستحقاق", "الحد الأدنى للسداد"],
    failed: ["فشل", "فشلت", "لم تتم", "غير ناجحة"],
    declined: ["مرفوض", "مرفوضة", "تم رفض", "رفض"],
    amount: ["مبلغ", "بمبلغ", "المبلغ"],
    account: ["حساب", "حسابك رقم", "البطاقة", "بطاقة", "مدى", "رقم"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "ymd"],
  currencies: ["SAR", "AED", "OMR", "JOD", "EGP", "KWD", "BHD", "QAR"],
};
