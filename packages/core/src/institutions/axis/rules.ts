import { ACCT, AMT, INR, rule } from "../../parser/rules/types";

export const AXIS_RULES = [
  rule("axis.debit", "transaction", "debit", String.raw`^${INR}${AMT} debited\nA\/c no\. ${ACCT}\n`, { kind: "bank" }),
  rule("axis.credit", "transaction", "credit", String.raw`^${INR}${AMT} credited\nA\/c no\. ${ACCT}\n`, {
    kind: "bank",
  }),
  rule(
    "axis.card_spend",
    "transaction",
    "debit",
    String.raw`^Spent\n?\s?(?<cur>INR|USD|AED|SGD) ${AMT}\nAxis Bank Card no\. ${ACCT}\n[^\n]{6,30}\n(?<cp>[^\n]{2,60})\n`,
    { method: "CARD", kind: "card" },
  ),
];
