/**
 * The holder's account named by a receiving-account field label of a locale pack ("حوالة واردة .. الى: 8821"):
 * in money in, the 3-6 digit number (maybe masked) right after the label is ours.
 */
import { wordsOf } from "../locales";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDS = [...wordsOf("receivingAccount")]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
/** A label at a line start, optional mask characters, then the tail digits alone on their field ("8817**": a masked end too). */
const FIELD = new RegExp(String.raw`(?:^|\n)\s*(?:${WORDS})\s?[x*#•]*(\d{3,6})[x*#•]*\s*(?:\n|$)`, "u");

/** The tail after a receiving-account label, or null. */
export function receivingAccount(lower: string): string | null {
  return FIELD.exec(lower)?.[1] ?? null;
}
