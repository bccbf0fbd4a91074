import { AMT, CP, rule } from "../../parser/rules/types";

export const CHASE_RULES = [
  rule(
    "chase.card_spend",
    "transaction",
    "debit",
    String.raw`^Chase: You made a \$${AMT} transaction with ${CP} on [A-Z][a-z]{2} \d{1,2}, \d{4}.{0,30}? on your card ending in (?<acct>\d{4})`,
    { method: "CARD", kind: "card" },
  ),
];
