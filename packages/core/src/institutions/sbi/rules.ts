import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const SBI_RULES = [
  rule(
    "sbi.upi_debit",
    "transaction",
    "debit",
    String.raw`A\/C ${ACCT} debited by ${AMT} on date \S+ trf to ${CP} Refno (?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "sbi.upi_credit",
    "transaction",
    "credit",
    String.raw`A\/c ${ACCT}-credited by ${INR}${AMT} on \S+ transfer from ${CP} Ref No (?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "sbi.debit",
    "transaction",
    "debit",
    String.raw`A\/c ${ACCT} (?:is |has been )?debited (?:by|for|with) ${INR}${AMT}`,
    { kind: "bank" },
  ),
  rule(
    "sbi.credit",
    "transaction",
    "credit",
    String.raw`A\/c ${ACCT} (?:is |has been )?credited (?:by|for|with) ${INR}${AMT}`,
    { kind: "bank" },
  ),
];
