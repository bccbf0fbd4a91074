import { normaliseLiteral, renderSlot, tokenize, type Token } from "./tokenize";

/** Template text of already tokenized SMS. */
export function templateOfTokens(tokens: readonly Token[]): string {
  const text = tokens.map((t) => (t.kind === "text" ? t.text : renderSlot(t))).join("");
  return normaliseLiteral(text).trim();
}

/**
 * The SMS with its variable parts masked (amounts, numbers, dates, times, account tails, references,
 * VPAs, e-mails, URLs, phone numbers, names after anchors), whitespace collapsed, lower-cased.
 */
export function templateOf(body: string): string {
  return templateOfTokens(tokenize(body));
}
