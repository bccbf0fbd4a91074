import { ACCT, AMT, rule, type Rule } from "../../parser/rules/types";

/** ALAT by Wema: "Debit NGN 2,000.00 on acct ***1234 for ..."; the bare word gives the side. */
export const WEMA_RULES: readonly Rule[] = [
  rule("wema.debit", "transaction", "debit", String.raw`\bdebit (?<cur>NGN) ?${AMT} on acct ${ACCT}\b`),
  rule("wema.credit", "transaction", "credit", String.raw`\bcredit (?<cur>NGN) ?${AMT} on acct ${ACCT}\b`),
];
