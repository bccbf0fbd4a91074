import { ACCT, AMT, BAL, CP, INR, rule } from "./types";

/** Public-sector banks with stable one-line formats. */
export const BOB_RULES = [
  rule("bob.upi_debit", "transaction", "debit", String.raw`^${INR}${AMT} transferred from A\/c \.{0,3}(?<acct>\d{3,6}) to:?UPI\/(?<ref>\d{6,22})\.?\s?Total Bal:?${INR}${BAL}`, { method: "UPI", kind: "bank" }),
  rule("bob.upi_credit", "transaction", "credit", String.raw`^${INR}${AMT} Credited to A\/c \.{0,3}(?<acct>\d{3,6}) thru UPI\/(?<ref>\d{6,22}) by (?<cp>[^\s.]+(?:\.[^\s.]+)*?)\.\s`, { method: "UPI", kind: "bank" }),
];

export const PNB_RULES = [
  rule("pnb.upi_debit", "transaction", "debit", String.raw`^A\/c ${ACCT} debited ${INR}${AMT} Dt \S+ \S+ thru UPI:(?<ref>\d{6,22}) to (?<cp>\S+?)\.? Bal ${INR}${BAL}`, { method: "UPI", kind: "bank" }),
  rule("pnb.upi_credit", "transaction", "credit", String.raw`^A\/c ${ACCT} credited ${INR}${AMT} Dt \S+ \S+ thru UPI:(?<ref>\d{6,22}) by (?<cp>\S+?)\.? Bal ${INR}${BAL}`, { method: "UPI", kind: "bank" }),
];

export const UNION_RULES = [
  rule("union.debit", "transaction", "debit", String.raw`^A\/c \*(?<acct>\d{3,6}) Debited for Rs:${AMT} on \S+ \S+ by .{2,30}? ref no (?<ref>\d{6,22}) Avl Bal Rs:${BAL}`, { kind: "bank" }),
  rule("union.credit", "transaction", "credit", String.raw`^A\/c \*(?<acct>\d{3,6}) Credited for Rs:${AMT} on \S+ \S+ by .{2,30}? ref no (?<ref>\d{6,22}) Avl Bal Rs:${BAL}`, { kind: "bank" }),
];

export const CANARA_RULES = [
  rule("canara.debit", "transaction", "debit", String.raw`^An amount of ${INR}${AMT} has been DEBITED to your account ${ACCT}`, { kind: "bank" }),
  rule("canara.credit", "transaction", "credit", String.raw`^An amount of ${INR}${AMT} has been CREDITED to your account ${ACCT}`, { kind: "bank" }),
  rule("canara.upi_paid", "transaction", "debit", String.raw`^${INR}${AMT} paid thru A\/C ${ACCT} on \S+ \S+ to ${CP}, UPI Ref (?<ref>\d{6,22})`, { method: "UPI", kind: "bank" }),
];
