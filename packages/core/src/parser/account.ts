import type { AccountKind } from "../schemas/parse-result";
import { FACT } from "./text-facts";

export interface AccountHit {
  /** Digits of the masked tail as printed: "XX1234" -> "1234". */
  tail: string;
  kind: AccountKind;
  index: number;
  /** The only account printed is introduced as the payee's ("Transfer OMR 75.000 to NAME A/C xxxx8812"). */
  payee?: boolean;
}

// keyword, optional "no./number/ending (with/in)", then mask characters, then 3-6 digits.
const ACCOUNT_RE = new RegExp(
  String.raw`(?:\b(loan a\/c|loan account|a\/c|a\/c\.|acct|acc|account|ac|card|bobcard|onecard|wallet)|\bbank(?=\s-\s?\d{4}\b)|` +
    String.raw`(खाते|खाता|कार्ड))(?:\s?(?:no\.?|number|num|ending(?: with| in)?|end(?:ing)?|#|:|-)){0,2}\s?\(?(?:(?:\d{1,6}-){0,2}\d{0,6}(?=[x*n]))?(?:[x*#.n•]{0,14})(?:\s[x*#•]{1,14}){0,3}\s?-?(\d{3,6}|` +
    String.raw`\d{7,18})(?!\d)`,
  "",
);
// Not a USSD code ("Dial *894#", "*165*S*25,000 RWF transferred", "Dial *182*7*1#").
// "with card ·8812" (Revolut): a middle dot masks the card number too.
const LOOSE_RE = /(?<![a-z0-9])(?:[x*•·]{1,12})(\d{3,6})(?![\d#]|\*[\da-z#])/;

const ACCOUNT_RE_G = new RegExp(ACCOUNT_RE.source, "g");
/** "sent to HDFC Bank a/c XX9876": an account introduced by "sent/paid/transferred to" without "your" is the payee's. */
const PAYEE_BEFORE =
  /(?:\b(?:(?:sent|paid|transferred|transfer|trf|payment|remitted) to|beneficiary|payee)\b|(?:rs\.?|inr|₹) ?[\d,.]+ to\b|\b[a-z]{3} ?[\d,.]+ to (?=[a-z]))(?![^]*\b(?:your|from)\b)[^]{0,24}$/;

/** A fixed/recurring deposit named just before the account keyword ("FD A/c XX9921", "term deposit a/c"). */
function depositBefore(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 32) return false;
  if ((text.startsWith("fd", i - 3) || text.startsWith("rd", i - 3)) && (i < 4 || !/[a-z0-9]/.test(text[i - 4]!)))
    return true;
  return text.startsWith("deposit", i - 8);
}

function hit(m: RegExpExecArray): AccountHit | null {
  if (!m[3]) return null;
  // "BIL*ONL*ICICI CREDIT CARD*001988412237": a biller's reference glued by "*", not an account of ours.
  if (m[3].length > 6 && m[0][m[0].length - m[3].length - 1] === "*") return null;
  const kw = (m[1] ?? m[2] ?? "").toLowerCase();
  const kind: AccountKind = kw.startsWith("loan")
    ? "loan"
    : kw === "card" || kw === "bobcard" || kw === "कार्ड"
      ? "card"
      : kw === "wallet"
        ? "wallet"
        : "bank";
  // A long account number printed whole or behind a short mask ("A/c 1234567890", "XXXXXXXX00341234"): its last 4.
  // A 5-6 digit tail glued to its mask ("XXX810001", "XXXXX382910") is reported by its last 4 as well; one printed
  // apart from the mask ("** 71005", Amex) stays as printed.
  const glued = m[3].length > 4 && /[x*#.n•]/.test(m[0][m[0].length - m[3].length - 1] ?? "");
  const joined = joinedTail(m, m[3]);
  return { tail: joined ?? (m[3].length > 6 || glued ? m[3].slice(-4) : m[3]), kind, index: m.index };
}

const SECOND_MASK = /^(?:[x*#•]+\d+)+/;
const MASK_CHAR: ReadonlySet<number> = new Set([..."x*#•"].map((c) => c.charCodeAt(0)));

/** A tail that a second mask splits from the end of the same number ("17**552**08", as "221**45**78"): the last 4
 * digits of the number from the tail on ("55208" -> "5208"); null when nothing follows. A head before the first
 * mask is not joined ("012****941" stays "941", as printed: our Nigerian fixtures). */
function joinedTail(m: RegExpExecArray, tail: string): string | null {
  // Speed: only a mask character right after the tail can start a second mask (no slice of the rest of the text).
  const end = m.index + m[0].length;
  if (!MASK_CHAR.has(m.input.charCodeAt(end))) return null;
  const after = SECOND_MASK.exec(m.input.slice(end))?.[0];
  return after === undefined ? null : (tail + after.replace(/\D/g, "")).slice(-4);
}

/**
 * The holder's account or card tail in the lower-cased text: the first one printed, except that a loan account
 * or a payee's account ("sent to .. a/c XX9876 from your a/c XX7788") gives way to a later account of ours.
 */
export function findAccount(text: string, x = -1): AccountHit | null {
  const m = ACCOUNT_RE.exec(text);
  const first = m ? hit(m) : null;
  if (first) {
    // x: `text-facts.ts` bits of `text` when known; without " to", "payee" or "benef" anywhere, none is before.
    const noPayeeWord = x >= 0 && (x & FACT.payeeWord) === 0;
    const before =
      first.kind === "loan" || first.index === 0 || noPayeeWord
        ? ""
        : text.slice(Math.max(0, first.index - 40), first.index);
    const payee =
      (before.includes(" to") || before.includes("payee") || before.includes("benef")) && PAYEE_BEFORE.test(before);
    // "interest on your FD A/c XX9921 has been credited to your SB A/c XX3816": a deposit account gives way too.
    const deposit = !payee && first.kind === "bank" && first.index >= 3 && depositBefore(text, first.index);
    // "Your debit card XXX1234 linked to acc. XXX810001": the account the card draws on is the holder's account.
    const linked = first.kind === "card" && m !== null && text.startsWith(" linked to", m.index + m[0].length);
    if (first.kind === "loan" || payee || deposit || linked) {
      ACCOUNT_RE_G.lastIndex = first.index + 1;
      for (let g = ACCOUNT_RE_G.exec(text); g !== null; g = ACCOUNT_RE_G.exec(text)) {
        const h = hit(g);
        if (h && h.kind !== "loan" && h.tail !== first.tail) return h;
      }
      // "linked to acc. XXX810001": a masked number right after the link words.
      const end = m === null ? 0 : m.index + m[0].length;
      const l = linked ? LOOSE_RE.exec(text.slice(end, end + 40)) : null;
      if (l?.[1]) return { tail: l[1].slice(-4), kind: "bank", index: end + l.index };
      // "sent to LUKU for account 04215588113": the payee's bill account (meter, customer number), not ours.
      if (payee && first.kind === "bank" && text.startsWith("for ", first.index - 4)) return null;
      if (payee) return { ...first, payee: true };
    }
    return first;
  }
  // x: `text-facts.ts` bits of `text` when known: LOOSE_RE needs a mask character right before a digit.
  const l = x < 0 || (x & FACT.maskDigit) !== 0 ? LOOSE_RE.exec(text) : null;
  if (l?.[1]) return { tail: l[1], kind: "bank", index: l.index };
  return null;
}
