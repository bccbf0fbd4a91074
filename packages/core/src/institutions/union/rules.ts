import { AMT, BAL, rule } from "../../parser/rules/types";

export const UNION_RULES = [
  rule(
    "union.debit",
    "transaction",
    "debit",
    String.raw`^A\/c \*(?<acct>\d{3,6}) Debited for Rs:${AMT} on \S+ \S+ by .{2,30}? ref no (?<ref>\d{6,22}) Avl Bal Rs:${BAL}`,
    { kind: "bank" },
  ),
  rule(
    "union.credit",
    "transaction",
    "credit",
    String.raw`^A\/c \*(?<acct>\d{3,6}) Credited for Rs:${AMT} on \S+ \S+ by .{2,30}? ref no (?<ref>\d{6,22}) Avl Bal Rs:${BAL}`,
    { kind: "bank" },
  ),
];
