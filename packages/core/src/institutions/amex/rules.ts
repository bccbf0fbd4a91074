import { AMT, CP, rule } from "../../parser/rules/types";

export const AMEX_RULES = [
  rule(
    "amex.spend",
    "transaction",
    "debit",
    String.raw`You(?:'ve| have) spent (?<cur>INR|USD|Rs\.?) ?${AMT} on your AMEX card \*\* ?(?<acct>\d{4,5}) at ${CP} on \d`,
    { method: "CARD", kind: "card" },
  ),
];
