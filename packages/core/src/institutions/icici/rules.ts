import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const ICICI_RULES = [
  rule(
    "icici.upi_debit",
    "transaction",
    "debit",
    String.raw`Acct ${ACCT} debited for ${INR}${AMT} on \S+; ${CP} credited\. UPI:(?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "icici.upi_credit",
    "transaction",
    "credit",
    String.raw`Acct ${ACCT} is credited with ${INR}${AMT} on \S+ from ${CP}\. UPI:(?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "icici.card_spend",
    "transaction",
    "debit",
    String.raw`${INR}${AMT} spent (?:using|on) ICICI Bank Card ${ACCT} on \S+ on ${CP}(?:\. Original txn amount [A-Z]{3} ?[\d,.]+)?\. Avl Limit`,
    { method: "CARD", kind: "card" },
  ),
];
