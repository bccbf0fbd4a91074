import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const KOTAK_RULES = [
  rule(
    "kotak.upi_sent",
    "transaction",
    "debit",
    String.raw`^Sent ${INR}${AMT} from Kotak Bank AC ${ACCT} to ${CP} on \S+?\.? ?UPI Ref:? ?(?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "kotak.upi_received",
    "transaction",
    "credit",
    String.raw`^Received ${INR}${AMT} in your Kotak Bank AC ${ACCT} from ${CP} on \S+?\.? ?UPI Ref:? ?(?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
];
