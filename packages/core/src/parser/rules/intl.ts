import { ACCT, AMT, BAL, CP, rule } from "./types";

export const CHASE_RULES = [
  rule("chase.card_spend", "transaction", "debit", String.raw`^Chase: You made a \$${AMT} transaction with ${CP} on [A-Z][a-z]{2} \d{1,2}, \d{4}.{0,30}? on your card ending in (?<acct>\d{4})`, { method: "CARD", kind: "card" }),
];

export const ENBD_RULES = [
  rule("enbd.card_purchase", "transaction", "debit", String.raw`^Purchase of (?<cur>AED|USD) ${AMT} with (?:Credit|Debit) Card ending ${ACCT} at (?<cp>[^,\n]{2,60}),[^.]{0,40}\. Avl (?:Cr\. Limit|Balance) is (?:AED|USD) ${BAL}`, { method: "CARD", kind: "card" }),
];

export const DBS_RULES = [
  rule("dbs.card_spend", "transaction", "debit", String.raw`A transaction of (?<cur>SGD|USD) ${AMT} was made with your DBS\/POSB card ending ${ACCT} on .{5,30}? at ${CP}\. If unauthorised`, { method: "CARD", kind: "card" }),
];
