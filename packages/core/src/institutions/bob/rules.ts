import { AMT, BAL, INR, rule } from "../../parser/rules/types";

export const BOB_RULES = [
  rule(
    "bob.upi_debit",
    "transaction",
    "debit",
    String.raw`^${INR}${AMT} transferred from A\/c \.{0,3}(?<acct>\d{3,6}) to:?UPI\/(?<ref>\d{6,22})\.?\s?Total Bal:?${INR}${BAL}`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "bob.upi_credit",
    "transaction",
    "credit",
    String.raw`^${INR}${AMT} Credited to A\/c \.{0,3}(?<acct>\d{3,6}) thru UPI\/(?<ref>\d{6,22}) by (?<cp>[^\s.]+(?:\.[^\s.]+)*?)\.\s`,
    { method: "UPI", kind: "bank" },
  ),
];
