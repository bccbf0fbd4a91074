import { ACCT, AMT, CP, INR, rule } from "./types";

export const SBICARD_RULES = [
  rule("sbicard.spend", "transaction", "debit", String.raw`${INR}${AMT} spent on your SBI Credit Card ending (?:with )?${ACCT} at ${CP} on \d`, { method: "CARD", kind: "card" }),
  rule("sbicard.intl_spend", "transaction", "debit", String.raw`Trxn\. of (?<cur>USD|AED|SGD|EUR|GBP) ${AMT} on your SBI Credit Card ending ${ACCT} at ${CP} on \d`, { method: "CARD", kind: "card" }),
];

export const AMEX_RULES = [
  rule("amex.spend", "transaction", "debit", String.raw`You(?:'ve| have) spent (?<cur>INR|USD|Rs\.?) ?${AMT} on your AMEX card \*\* ?(?<acct>\d{4,5}) at ${CP} on \d`, { method: "CARD", kind: "card" }),
];
