/**
 * TODO: move to currencies.ts (the `amounts` helper owns the one currency table). Local currency tokens the
 * current amount grammar (`parser/amount.ts`) does not read, used only by `parser/local-amount.ts` when that
 * grammar found no amount. Keys are lower-case as printed. "HOME" means "the institution's home currency"
 * (a token several countries share: "Rs" in Pakistan, Sri Lanka and Nepal, "ريال" in Saudi Arabia, Oman, Iran).
 * Upper-case ISO 4217 codes of every pack's `currencies` and every institution's home currency are read too.
 */
export const LOCAL_TOKENS: Readonly<Record<string, string>> = {
  tsh: "TZS", "tsh.": "TZS", tshs: "TZS", "ريال سعودي": "SAR", "ريال سعودى": "SAR", ksh: "KES", "ksh.": "KES", sr: "SAR",
  "ر.س": "SAR", "ر.س.": "SAR", "ريال": "HOME", "ریال": "IRR",
  "تومان": "IRR", "₽": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB", "rub": "RUB", br: "BYN", birr: "ETB", tl: "TRY",
  "₺": "TRY", "฿": "THB", "บาท": "THB", tk: "BDT", "৳": "BDT", "টাকা": "BDT", mt: "MZN", "₦": "NGN", "kč": "CZK",
  "جنيه": "EGP", "ج.م": "EGP", "e£": "EGP", "ر.ع": "OMR", "ر.ع.": "OMR", "دينار": "HOME", "د.أ": "JOD", "د.إ": "AED",
  "درهم": "AED", rs: "HOME", "rs.": "HOME", "रु": "NPR", "रु.": "NPR", "₨": "HOME", "€": "EUR", "£": "GBP", "$": "HOME",
  "₹": "INR", n: "NGN",
};
