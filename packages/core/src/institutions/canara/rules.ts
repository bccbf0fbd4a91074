import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const CANARA_RULES = [
  rule(
    "canara.debit",
    "transaction",
    "debit",
    String.raw`^An amount of ${INR}${AMT} has been DEBITED to your account ${ACCT}`,
    { kind: "bank" },
  ),
  rule(
    "canara.credit",
    "transaction",
    "credit",
    String.raw`^An amount of ${INR}${AMT} has been CREDITED to your account ${ACCT}`,
    { kind: "bank" },
  ),
  rule(
    "canara.upi_paid",
    "transaction",
    "debit",
    String.raw`^${INR}${AMT} paid thru A\/C ${ACCT} on \S+ \S+ to ${CP}, UPI Ref (?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
];
