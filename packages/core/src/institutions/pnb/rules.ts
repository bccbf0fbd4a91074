import { ACCT, AMT, BAL, INR, rule } from "../../parser/rules/types";

export const PNB_RULES = [
  rule(
    "pnb.upi_debit",
    "transaction",
    "debit",
    String.raw`^A\/c ${ACCT} debited ${INR}${AMT} Dt \S+ \S+ thru UPI:(?<ref>\d{6,22}) to (?<cp>\S+?)\.? Bal ${INR}${BAL}`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "pnb.upi_credit",
    "transaction",
    "credit",
    String.raw`^A\/c ${ACCT} credited ${INR}${AMT} Dt \S+ \S+ thru UPI:(?<ref>\d{6,22}) by (?<cp>\S+?)\.? Bal ${INR}${BAL}`,
    { method: "UPI", kind: "bank" },
  ),
];
