/**
 * THE currency table: every currency the parser, the templates, the LLM answer check and the CLI know, with its
 * ISO 4217 minor-unit exponent, how its local alerts write numbers, and the symbols and tokens printed for it.
 * Nothing else in the codebase lists currencies: everything is derived from `CURRENCIES` (a test checks this).
 *
 * Adding a currency: one row. Adding a local token: one string in its row (an object when it needs a rule).
 */

/** A symbol or word printed for a currency, matched case-insensitively on the lower-cased text. */
export interface CurrencyToken {
  /** As printed ("Rs.", "KSh", "₽", "ر.س"). */
  text: string;
  /** Where the amount stands: "before" the token ("5000 ₽"), "after" it ("Rs.500"), or "both" (default). */
  amount?: "before" | "after" | "both";
  /** Only when printed with this exact case (original text): "N50.00" is naira, "n50" is not; "TRY 500" vs "try 5". */
  cased?: boolean;
  /** Only when glued to digits that print the minor unit ("N50.00", "R120.00"; not "N77", a branch number). */
  glued?: boolean;
  /** Letters may follow (a word stem: "руб" in "рублей", "rupee" in "rupees"). */
  stem?: boolean;
  /** The printed number is this many units of the currency: a toman is 10 rials. */
  scale?: number;
}

export interface Currency {
  /** ISO 4217 code. */
  code: string;
  /** ISO 4217 minor-unit exponent: digits after the decimal mark (JPY 0, INR 2, KWD 3). */
  exponent: 0 | 2 | 3;
  /** The decimal mark its local alerts print ("1.250,00" -> ","). An amount with both marks says which it uses. */
  decimal: "." | ",";
  /** Whether its local alerts group thousands with a space ("1 250,00 ₽"). */
  spaceGroups?: boolean;
  /** Symbols and local tokens (the ISO code itself is always a token). A token listed by several currencies
   * means the first listed unless the institution's home currency is another that lists it ("Rs" in Nepal). */
  tokens: readonly (string | CurrencyToken)[];
}

/** A token printed only after its amount ("5000 руб", "850,00 грн"). */
const after = (text: string, more: Omit<CurrencyToken, "text" | "amount"> = {}): CurrencyToken => ({
  text,
  amount: "before",
  ...more,
});

/** Order matters only for shared tokens: the first currency listing one is its default. */
export const CURRENCIES: readonly Currency[] = [
  // South Asia
  {
    code: "INR",
    exponent: 2,
    decimal: ".",
    tokens: [
      ...["₹", "Rs", "Rs.", { text: "rupee", stem: true }, "रु", "रु.", "रू", "रू.", "रुपये", "₨"],
      // Regional scripts' rupee (`locales/packs/ta.ts` .. `or.ts`): Tamil, Telugu, Kannada, Malayalam, Gujarati,
      // Punjabi, Odia ("ଟ." before the amount, "ଟଙ୍କା" after it).
      ...["ரூ", "ரூ.", after("ரூபாய்"), "రూ", "రూ.", after("రూపాయలు"), "ರೂ", "ರೂ.", after("ರೂಪಾಯಿ")],
      ...["രൂ", "രൂ.", after("രൂപ"), "રૂ", "રૂ.", after("રૂપિયા"), "ਰੁ", "ਰੁ.", after("ਰੁਪਏ"), "ଟ.", after("ଟଙ୍କା")],
    ],
  },
  { code: "NPR", exponent: 2, decimal: ".", tokens: ["NRs", "NRs.", "Rs", "Rs.", "रु", "रु.", "रू", "रू."] },
  { code: "PKR", exponent: 2, decimal: ".", tokens: ["Rs", "Rs.", "₨", "PKRs", after("روپے"), after("روپیہ")] },
  { code: "LKR", exponent: 2, decimal: ".", tokens: ["Rs", "Rs.", "₨", "SLRs", "රු"] },
  { code: "BDT", exponent: 2, decimal: ".", tokens: ["Tk", "Tk.", "৳", "টাকা"] },
  // South-East and East Asia
  // "บ" / "บ." after the amount: the short form of บาท ("12,540.22บ", "5,000.00 บ.").
  { code: "THB", exponent: 2, decimal: ".", tokens: ["฿", "บาท", after("บ."), after("บ")] },
  { code: "SGD", exponent: 2, decimal: ".", tokens: ["S$"] },
  { code: "MYR", exponent: 2, decimal: ".", tokens: [{ text: "RM", cased: true }] },
  {
    code: "IDR",
    exponent: 2,
    decimal: ",",
    tokens: [
      { text: "Rp", cased: true },
      { text: "Rp.", cased: true },
    ],
  },
  { code: "PHP", exponent: 2, decimal: ".", tokens: ["₱", { text: "P", cased: true, glued: true, amount: "after" }] },
  { code: "VND", exponent: 0, decimal: ",", tokens: ["₫", after("đ"), after("VNĐ")] },
  { code: "JPY", exponent: 0, decimal: ".", tokens: ["¥", "￥", after("円")] },
  { code: "CNY", exponent: 2, decimal: ".", tokens: ["RMB", "人民幣", "人民币", after("元")] },
  { code: "KRW", exponent: 0, decimal: ".", tokens: ["₩", after("원")] },
  { code: "HKD", exponent: 2, decimal: ".", tokens: ["HK$", "港幣", "港币", "港元"] },
  { code: "TWD", exponent: 2, decimal: ".", tokens: ["NT$", "新台幣", "新臺幣", "台幣", after("元")] },
  // Gulf, Levant, Iran, North Africa
  { code: "AED", exponent: 2, decimal: ".", tokens: ["Dh", "Dhs", "د.إ", "درهم"] },
  {
    code: "SAR",
    exponent: 2,
    decimal: ".",
    tokens: [{ text: "SR", cased: true }, "ر.س", "ريال", "ريال سعودي", "ريال سعودى"],
  },
  { code: "QAR", exponent: 2, decimal: ".", tokens: [{ text: "QR", cased: true }, "ر.ق"] },
  { code: "OMR", exponent: 3, decimal: ".", tokens: ["ر.ع", "ر.ع."] },
  { code: "KWD", exponent: 3, decimal: ".", tokens: [{ text: "KD", cased: true }, "د.ك"] },
  { code: "BHD", exponent: 3, decimal: ".", tokens: [{ text: "BD", cased: true }, "د.ب"] },
  { code: "JOD", exponent: 3, decimal: ".", tokens: [{ text: "JD", cased: true }, "دينار", "د.أ", "د.ا"] },
  { code: "IQD", exponent: 3, decimal: ".", tokens: ["د.ع"] },
  { code: "LYD", exponent: 3, decimal: ".", tokens: [after("LD", { cased: true })] },
  // "DT" before digits is a date label ("DT:12/06/2026"); the dinar's "DT" follows its amount.
  { code: "TND", exponent: 3, decimal: ",", tokens: [after("DT", { cased: true })] },
  { code: "MAD", exponent: 2, decimal: ",", tokens: ["Dh", "Dhs", "درهم"] },
  // Iran prints rials (ریال, Persian yeh) or tomans (تومان): a toman is 10 rials, stored as rials.
  { code: "IRR", exponent: 2, decimal: ".", tokens: ["ریال", "﷼", { text: "تومان", scale: 10 }] },
  {
    code: "EGP",
    exponent: 2,
    decimal: ".",
    tokens: [{ text: "LE", cased: true }, { text: "L.E", cased: true }, "L.E.", "ج.م", "جنيه"],
  },
  // Africa
  { code: "KES", exponent: 2, decimal: ".", tokens: ["Ksh", "Ksh.", "KShs"] },
  { code: "TZS", exponent: 2, decimal: ".", tokens: ["Tsh", "Tsh.", "Tshs", "TShs"] },
  { code: "UGX", exponent: 0, decimal: ".", tokens: ["USh", "Ushs", "UShs"] },
  { code: "RWF", exponent: 0, decimal: ".", tokens: ["FRw", "RWF"] },
  { code: "ETB", exponent: 2, decimal: ".", tokens: [{ text: "Br", cased: true }, "Birr", "ብር"] },
  { code: "NGN", exponent: 2, decimal: ".", tokens: ["₦", { text: "N", cased: true, glued: true, amount: "after" }] },
  { code: "GHS", exponent: 2, decimal: ".", tokens: ["GH₵", "GH¢", "₵"] },
  {
    code: "ZAR",
    exponent: 2,
    decimal: ".",
    spaceGroups: true,
    // "R 845.50": Standard Bank prints a space; still only before digits with cents.
    tokens: [
      { text: "R", cased: true, glued: true, amount: "after" },
      { text: "R ", cased: true, glued: true, amount: "after" },
    ],
  },
  {
    code: "MZN",
    exponent: 2,
    decimal: ",",
    spaceGroups: true,
    tokens: ["MT", "MT.", { text: "MTn", cased: true }, "Mts"],
  },
  // Wave and Moov print the franc as a bare "F" after the amount ("15.000F", "12500 F").
  {
    code: "XOF",
    exponent: 0,
    decimal: ",",
    spaceGroups: true,
    tokens: ["CFA", "FCFA", "F CFA", after("F", { cased: true })],
  },
  { code: "XAF", exponent: 0, decimal: ",", spaceGroups: true, tokens: ["FCFA"] },
  // Zambian wallets print the kwacha as "K" before amounts with ngwee ("K450.00", "K 120.00").
  {
    code: "ZMW",
    exponent: 2,
    decimal: ".",
    tokens: [
      { text: "K", cased: true, glued: true, amount: "after" },
      { text: "K ", cased: true, glued: true, amount: "after" },
    ],
  },
  { code: "CDF", exponent: 2, decimal: ".", tokens: [] },
  // Zimbabwe Gold, the Zimbabwean currency since 2024 ("ZWG 150.00"); EcoCash also prints US dollars.
  { code: "ZWG", exponent: 2, decimal: ".", tokens: ["ZiG"] },
  { code: "MWK", exponent: 2, decimal: ".", tokens: [{ text: "MK", cased: true }] },
  // Europe, CIS
  { code: "EUR", exponent: 2, decimal: ",", spaceGroups: true, tokens: ["€"] },
  { code: "GBP", exponent: 2, decimal: ".", tokens: ["£"] },
  { code: "CHF", exponent: 2, decimal: ".", tokens: [] },
  { code: "TRY", exponent: 2, decimal: ",", tokens: ["₺", { text: "TL", cased: true }] },
  {
    code: "RUB",
    exponent: 2,
    decimal: ",",
    spaceGroups: true,
    tokens: ["₽", "RUR", after("руб", { stem: true }), after("руб."), after("р."), after("р")],
  },
  // Belarusian alerts print "р." and "руб." for their own rouble: read as BYN where the bank's home currency is.
  {
    code: "BYN",
    exponent: 2,
    decimal: ",",
    spaceGroups: true,
    tokens: [after("br"), after("бел. руб."), after("руб."), after("р."), after("р")],
  },
  { code: "KZT", exponent: 2, decimal: ",", spaceGroups: true, tokens: ["₸", after("тг"), after("тенге")] },
  { code: "UAH", exponent: 2, decimal: ",", spaceGroups: true, tokens: ["₴", after("грн"), after("грн.")] },
  { code: "CZK", exponent: 2, decimal: ",", spaceGroups: true, tokens: [after("Kč"), after("Kc", { cased: true })] },
  { code: "PLN", exponent: 2, decimal: ",", spaceGroups: true, tokens: [after("zł"), after("zl")] },
  // Uzbek alerts print "125 000.00 UZS" and "300 000 so'm" (space grouping, decimal point).
  {
    code: "UZS",
    exponent: 2,
    decimal: ".",
    spaceGroups: true,
    tokens: [after("so'm"), after("soʻm"), after("сум"), after("сўм")],
  },
  { code: "ISK", exponent: 0, decimal: ",", tokens: [] },
  // Georgian and Azerbaijani alerts print "24.50 GEL" and "18.40 AZN" (decimal point). Their signs (₾ ₼) are left
  // out: the keyword pass has room for few more distinct characters (`substrings.ts`).
  { code: "GEL", exponent: 2, decimal: ".", tokens: [] },
  { code: "AZN", exponent: 2, decimal: ".", spaceGroups: true, tokens: [] },
  // Americas, Oceania
  { code: "USD", exponent: 2, decimal: ".", tokens: ["$", "US$"] },
  { code: "CAD", exponent: 2, decimal: ".", tokens: ["C$", "CA$", "$"] },
  { code: "AUD", exponent: 2, decimal: ".", tokens: ["A$", "AU$", "$"] },
  // "R$" comes before its amount ("CARTAO FINAL 7781 R$ 45,00": 7781 is the card).
  { code: "BRL", exponent: 2, decimal: ",", tokens: [{ text: "R$", amount: "after" }] },
  { code: "MXN", exponent: 2, decimal: ".", tokens: ["MX$", "$"] },
  // Colombian alerts print "$125.900,00" and "$500.000" (dot grouping, decimal comma).
  { code: "COP", exponent: 2, decimal: ",", tokens: ["COL$", "$"] },
  // Argentine alerts print "$ 45.800,00" (dot grouping, decimal comma); a bare "$" is pesos only at home.
  { code: "ARS", exponent: 2, decimal: ",", tokens: ["$"] },
  // Chilean alerts print "$18.990" (no minor unit, dot grouping); a bare "$" is pesos only at home.
  { code: "CLP", exponent: 0, decimal: ",", tokens: ["$"] },
  // Peruvian alerts print "S/ 68.90" (the sol's sign before its amount, decimal point).
  {
    code: "PEN",
    exponent: 2,
    decimal: ".",
    tokens: [
      { text: "S/", amount: "after", cased: true },
      { text: "S/.", amount: "after", cased: true },
    ],
  },
  { code: "PYG", exponent: 0, decimal: ",", tokens: [] },
];

/** ISO codes that are also ordinary words: only printed in upper case do they name a currency ("try 5 times"). */
const CASED_CODES: ReadonlySet<string> = new Set(["TRY", "ALL", "PHP", "CUP", "MAD", "BOB", "TOP", "PEN", "MOP"]);

/** One token with its rules, resolved: lower-cased text, where the amount may stand, candidate currencies. */
export interface TokenInfo {
  lower: string;
  /** As printed, for `cased` tokens. */
  text: string;
  amount: "before" | "after" | "both";
  cased: boolean;
  glued: boolean;
  stem: boolean;
  scale: number;
  /** Currencies printing it, default first. */
  codes: readonly string[];
}

const BY_CODE = new Map<string, Currency>(CURRENCIES.map((c) => [c.code, c]));

function tokensOf(c: Currency): CurrencyToken[] {
  const code: CurrencyToken = CASED_CODES.has(c.code) ? { text: c.code, cased: true } : { text: c.code };
  return [code, ...c.tokens.map((t) => (typeof t === "string" ? { text: t } : t))];
}

/** Every token by its lower-cased text (a token shared by currencies keeps the first one's rules). */
export const TOKENS: ReadonlyMap<string, TokenInfo> = (() => {
  const map = new Map<string, TokenInfo>();
  for (const c of CURRENCIES) {
    for (const t of tokensOf(c)) {
      const lower = t.text.toLowerCase();
      const seen = map.get(lower);
      if (seen) {
        if (!seen.codes.includes(c.code)) (seen.codes as string[]).push(c.code);
        continue;
      }
      map.set(lower, {
        lower,
        text: t.text,
        amount: t.amount ?? "both",
        cased: t.cased ?? false,
        glued: t.glued ?? false,
        stem: t.stem ?? false,
        scale: t.scale ?? 1,
        codes: [c.code],
      });
    }
  }
  return map;
})();

/** The currency row of an ISO code (upper case), if known. */
export function currencyOf(code: string | null | undefined): Currency | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** Digits after the decimal mark of a currency's minor unit (ISO 4217); 2 when unknown or null. */
export function exponentOf(code: string | null | undefined): number {
  return currencyOf(code)?.exponent ?? 2;
}

/** The currency a printed token names: the home currency when it is one of the token's, else its default. */
export function codeOfToken(token: string, home?: string | null): string | null {
  const info = TOKENS.get(token.toLowerCase());
  if (!info) return null;
  return home && info.codes.includes(home) ? home : info.codes[0]!;
}

/** Whether a currency prints "Rs" (the rupees of India, Pakistan, Sri Lanka, Nepal, ...): its institutions' "Rs" and
 * "INR"-read rupee tokens are their own rupee; a Tanzanian wallet's "Rs.349" is not a shilling. */
export function isRupee(code: string): boolean {
  return TOKENS.get("rs")?.codes.includes(code) ?? false;
}

/** "টাকা" is Bengali for the rupee as well as the taka: an Indian bank's Bengali alert is in rupees. */
export function bengaliRupee(currency: string, home: string, text: string): string {
  const taka = currency === "BDT" && home === "INR" && text.includes("টাকা") && !/\bBDT\b|৳/i.test(text);
  return taka ? "INR" : currency;
}
