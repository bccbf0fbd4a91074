import type { AccountKind, Method } from "../schemas/parse-result";
import { keywordScanner } from "./keywords";
import { FACT, has } from "./text-facts";

// One pass finds every rail word; the priority below (group order) picks among them.
const RAILS: readonly Method[] = ["IMPS", "NEFT", "RTGS", "UPI", "ATM", "NACH", "CHEQUE", "CARD", "WALLET"];
/** Rail keyword groups, in RAILS order then CARD and WALLET (also scanned by scan.ts). */
export const RAIL_GROUPS: readonly (readonly string[])[] = [
  ["imps"],
  ["neft"],
  ["rtgs"],
  ["upi", "vpa", "p2a", "p2m", "यूपीआई"],
  ["atm", "cash withdrawal", "withdrawn", "cash wdl", "एटीएम"],
  [
    "nach",
    "e-nach",
    "enach",
    "ecs",
    "ach",
    "mandate",
    "auto-debit",
    "auto debit",
    "autodebit",
    "autopay",
    "standing instruction",
    "si",
  ],
  ["cheque", "chq", "clg", "clearing"],
  ["*card"],
  ["wallet", "paytm balance", "amazon pay balance"],
  // A card swipe debited from the account ("POS purchase", "debit card transaction to X").
  [
    "pos",
    "pos purchase",
    "card transaction",
    "card txn",
    "card purchase",
    "contactless",
    "tap & pay",
    "tap and pay",
    "using debit card",
  ],
];
const RAIL_WORDS = keywordScanner(RAIL_GROUPS);
const VPA = /[a-z0-9]@[a-z]{2,}\b/;

/** Payment rail named in the lower-cased text; null when nothing says. */
export function findMethod(
  text: string,
  kind: AccountKind | null,
  institutionKind: AccountKind | null,
  railBits?: number,
  x = -1,
): Method | null {
  let bits = railBits ?? RAIL_WORDS.scan(text);
  // A VPA (name@handle) means UPI.
  if ((bits & 0b111) === 0 && has(x, FACT.at, text, "@") && VPA.test(text)) bits |= 1 << 3;
  for (let i = 0; i < 7; i++) {
    // An autopay/standing instruction charged to a card is a card payment.
    if (bits & (1 << i)) return RAILS[i] === "NACH" && kind === "card" ? "CARD" : (RAILS[i] ?? null);
  }
  if (kind === "card" || (kind === null && bits & (1 << 7)) || bits & (1 << 9)) return "CARD";
  if (kind === "wallet" || bits & (1 << 8) || institutionKind === "wallet") return "WALLET";
  return null;
}
