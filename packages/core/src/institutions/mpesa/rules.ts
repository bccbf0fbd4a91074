import { AMT, CP, rule } from "../../parser/rules/types";

export const MPESA_RULES = [
  rule(
    "mpesa.sent",
    "transaction",
    "debit",
    String.raw`^(?<ref>[A-Z0-9]{10}) Confirmed\. Ksh ?${AMT} (?:sent to|paid to) ${CP}(?: \d[\dXx*]{3,11})?(?: for account [^\n]{1,40}?)? on \d`,
    { method: "WALLET", kind: "wallet" },
  ),
  rule(
    "mpesa.received",
    "transaction",
    "credit",
    String.raw`^(?<ref>[A-Z0-9]{10}) Confirmed\.? ?You have received Ksh ?${AMT} from ${CP}(?: \d[\dXx*]{3,11})? on \d`,
    { method: "WALLET", kind: "wallet" },
  ),
  rule(
    "mpesa.withdraw",
    "transaction",
    "debit",
    String.raw`^(?<ref>[A-Z0-9]{10}) Confirmed\.? ?on \S+ at \S+ ?[AP]M ?Withdraw Ksh ?${AMT} from (?:\d{4,8} - )?(?<cp>[^\n]{2,60}?) New M-PESA`,
    { method: "WALLET", kind: "wallet" },
  ),
  rule(
    "mpesa.deposit",
    "transaction",
    "credit",
    String.raw`^(?<ref>[A-Z0-9]{10}) Confirmed\.? ?On \S+ at \S+ ?[AP]M ?Give Ksh ?${AMT} cash to (?<cp>[^\n]{2,60}?) New M-PESA`,
    { method: "WALLET", kind: "wallet" },
  ),
  // Money moved back from the holder's own M-Shwari savings into M-PESA: money in ("Ksh4,000.00 transferred from
  // M-Shwari account on ..").
  rule(
    "mpesa.from_mshwari",
    "transaction",
    "credit",
    String.raw`^(?<ref>[A-Z0-9]{10}) Confirmed\.? ?Ksh ?${AMT} transferred from (?<cp>M-Shwari) account on \d`,
    { method: "WALLET", kind: "wallet" },
  ),
];
