/**
 * Printed currency markers -> ISO 4217 code, as the tokenizer recognises them before or after a number
 * ("Rs.1,500", "TZS850,000.00", "Tsh4,000.00", "JOD50.000", "500 ريال"). Matched case-insensitively.
 * A marker used by several currencies is listed once per currency, the most common first (that one names the
 * slot: `<amount:inr>`); an answer naming any of them is grounded ("रु" is INR in India and NPR in Nepal).
 * At merge with locales/currencies.ts (the amounts branch) this table should be built from that one.
 */
export const CURRENCY_MARKERS: readonly (readonly [string, string])[] = [
  ["rs", "INR"], ["rs", "NPR"], ["rs", "PKR"], ["rs", "LKR"], ["inr", "INR"], ["₹", "INR"], ["रु", "INR"], ["रु", "NPR"],
  ["npr", "NPR"], ["us$", "USD"], ["usd", "USD"], ["$", "USD"], ["$", "SGD"], ["$", "AUD"], ["$", "CAD"], ["$", "HKD"], ["$", "NZD"],
  ["aed", "AED"], ["د.إ", "AED"], ["dhs", "AED"],
  ["sgd", "SGD"], ["s$", "SGD"],
  ["ksh", "KES"], ["kes", "KES"],
  ["tsh", "TZS"], ["tzs", "TZS"],
  ["ush", "UGX"], ["ugx", "UGX"], ["rwf", "RWF"], ["etb", "ETB"], ["zmw", "ZMW"], ["mwk", "MWK"], ["mzn", "MZN"],
  ["eur", "EUR"], ["€", "EUR"], ["gbp", "GBP"], ["£", "GBP"],
  ["ngn", "NGN"], ["₦", "NGN"], ["ghs", "GHS"], ["gh₵", "GHS"], ["₵", "GHS"], ["zar", "ZAR"],
  ["xof", "XOF"], ["xaf", "XAF"], ["fcfa", "XAF"], ["egp", "EGP"], ["ج.م", "EGP"],
  ["myr", "MYR"], ["rm", "MYR"], ["rp", "IDR"], ["php", "PHP"], ["₱", "PHP"], ["idr", "IDR"],
  ["thb", "THB"], ["฿", "THB"], ["บาท", "THB"], ["vnd", "VND"], ["₫", "VND"],
  ["lkr", "LKR"], ["bdt", "BDT"], ["৳", "BDT"], ["tk", "BDT"], ["pkr", "PKR"],
  ["sar", "SAR"], ["ر.س", "SAR"], ["qar", "QAR"], ["ر.ق", "QAR"],
  ["omr", "OMR"], ["ر.ع", "OMR"], ["kwd", "KWD"], ["د.ك", "KWD"], ["bhd", "BHD"], ["د.ب", "BHD"],
  ["jod", "JOD"], ["د.ا", "JOD"], ["iqd", "IQD"], ["lbp", "LBP"], ["irr", "IRR"], ["ریال", "IRR"], ["ريال", "IRR"],
  ["afn", "AFN"], ["rub", "RUB"], ["₽", "RUB"], ["руб", "RUB"], ["uah", "UAH"], ["₴", "UAH"], ["грн", "UAH"],
  ["kzt", "KZT"], ["₸", "KZT"], ["uzs", "UZS"], ["kgs", "KGS"], ["byn", "BYN"], ["azn", "AZN"],
  ["cny", "CNY"], ["rmb", "CNY"], ["hkd", "HKD"], ["twd", "TWD"], ["jpy", "JPY"], ["¥", "JPY"], ["krw", "KRW"], ["₩", "KRW"],
  ["aud", "AUD"], ["a$", "AUD"], ["nzd", "NZD"], ["cad", "CAD"], ["chf", "CHF"],
  ["sek", "SEK"], ["nok", "NOK"], ["dkk", "DKK"], ["pln", "PLN"], ["zł", "PLN"], ["czk", "CZK"], ["huf", "HUF"], ["ron", "RON"],
  ["brl", "BRL"], ["r$", "BRL"], ["mxn", "MXN"], ["cop", "COP"], ["clp", "CLP"], ["ars", "ARS"],
];
