import type { AccountKind } from "../schemas/parse-result";

export interface AccountHit {
  /** Digits of the masked tail as printed: "XX1234" -> "1234". */
  tail: string;
  kind: AccountKind;
  index: number;
}

// keyword, optional "no./number/ending (with/in)", then mask characters, then 3-6 digits.
const ACCOUNT_RE =
  /(?:\b(loan a\/c|loan account|a\/c|a\/c\.|acct|account|ac|card|bobcard|wallet)|(खाते|खाता|कार्ड))(?:\s?(?:no\.?|number|num|ending(?: with| in)?|end(?:ing)?|#|:)){0,2}\s?(?:\d{1,4}(?=[x*n]))?(?:[x*#.n]{0,14})\s?[x*#]{0,14}-?(\d{3,6})(?!\d)/;
const LOOSE_RE = /(?<![a-z0-9])(?:[x*]{1,12})(\d{3,6})(?![\d])/;

/** The first account or card tail printed in the lower-cased text; the first one is the holder's in bank alerts. */
export function findAccount(text: string): AccountHit | null {
  const m = ACCOUNT_RE.exec(text);
  if (m?.[3]) {
    const kw = (m[1] ?? m[2] ?? "").toLowerCase();
    const kind: AccountKind = kw.startsWith("loan")
      ? "loan"
      : kw === "card" || kw === "bobcard" || kw === "कार्ड"
        ? "card"
        : kw === "wallet"
          ? "wallet"
          : "bank";
    return { tail: m[3], kind, index: m.index };
  }
  const l = LOOSE_RE.exec(text);
  if (l?.[1]) return { tail: l[1], kind: "bank", index: l.index };
  return null;
}
