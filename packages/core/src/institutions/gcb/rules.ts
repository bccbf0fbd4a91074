import { ACCT, AMT, CP, rule, type Rule } from "../../parser/rules/types";

/** GCB alerts: "A/C ...1234 Debit GHS 10.00 on 02-DEC-26 Desc: POS SHOP Bal: ..."; the word alone gives the side. */
export const GCB_RULES: readonly Rule[] = [
  rule(
    "gcb.debit",
    "transaction",
    "debit",
    String.raw`a/c ${ACCT} debit (?<cur>GHS) ?${AMT}\b.*?desc: ?(?:pos )?${CP} bal:`,
  ),
  rule("gcb.credit", "transaction", "credit", String.raw`a/c ${ACCT} credit (?<cur>GHS) ?${AMT}\b`),
];
