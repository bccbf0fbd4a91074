import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const SBICARD_RULES = [
  rule(
    "sbicard.spend",
    "transaction",
    "debit",
    String.raw`${INR}${AMT} spent on your SBI Credit Card ending (?:with )?${ACCT} at ${CP} on \d`,
    { method: "CARD", kind: "card" },
  ),
  rule(
    "sbicard.intl_spend",
    "transaction",
    "debit",
    String.raw`Trxn\. of (?<cur>USD|AED|SGD|EUR|GBP) ${AMT} on your SBI Credit Card ending ${ACCT} at ${CP} on \d`,
    { method: "CARD", kind: "card" },
  ),
];
