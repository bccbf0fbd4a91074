import { ACCT, AMT, CP, INR, rule } from "../../parser/rules/types";

export const HDFC_RULES = [
  rule(
    "hdfc.upi_sent",
    "transaction",
    "debit",
    String.raw`^(?:Money Sent!?\s|Amt )?Sent ${INR}${AMT}\s?From HDFC Bank A\/C ${ACCT}\s?To ${CP}\s?On \S+\s?Ref (?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "hdfc.upi_received",
    "transaction",
    "credit",
    String.raw`(?:Money Received\s?-?\s?|Received )${INR}${AMT} in (?:your )?HDFC Bank A\/c ${ACCT}.{0,30}?from (?:VPA )?(?<cp>[^\s(]{2,60}) ?\(UPI (?:Ref )?(?<ref>\d{6,22})\)`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "hdfc.money_transfer",
    "transaction",
    "debit",
    String.raw`^Money Transfer:\s?${INR}${AMT} from HDFC Bank A\/c ${ACCT} on \S+ to ${CP} UPI:? ?(?<ref>\d{6,22})`,
    { method: "UPI", kind: "bank" },
  ),
  rule(
    "hdfc.card_spend",
    "transaction",
    "debit",
    String.raw`^Spent ${INR}${AMT} On HDFC Bank (?:Credit |Debit )?Card ${ACCT} At ${CP} On \d`,
    { method: "CARD", kind: "card" },
  ),
  rule(
    "hdfc.deposit",
    "transaction",
    "credit",
    String.raw`${INR}${AMT} (?:cash )?deposited in HDFC Bank A\/c ${ACCT}`,
    { kind: "bank" },
  ),
  rule(
    "hdfc.atm",
    "transaction",
    "debit",
    String.raw`${INR}${AMT} withdrawn from HDFC Bank (?:Debit )?Card ${ACCT} at (?<cp>ATM[^\n]{0,40}?) on \d`,
    { method: "ATM", kind: "card" },
  ),
];
