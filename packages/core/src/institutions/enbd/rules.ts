import { ACCT, AMT, BAL, rule } from "../../parser/rules/types";

export const ENBD_RULES = [
  rule(
    "enbd.card_purchase",
    "transaction",
    "debit",
    String.raw`^Purchase of (?<cur>AED|USD) ${AMT} with (?:Credit|Debit) Card ending ${ACCT} at (?<cp>[^,\n]{2,60}),[^.]{0,40}\. Avl (?:Cr\. Limit|Balance) is (?:AED|USD) ${BAL}`,
    { method: "CARD", kind: "card" },
  ),
];
