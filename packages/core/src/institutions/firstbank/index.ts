import type { InstitutionDef } from "../types";

/** First Bank of Nigeria: multi-line "Txn: Credit / Acct / Amt / Des / Bal". */
export const firstbank: InstitutionDef = {
  id: "firstbank",
  name: "FirstBank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["FIRSTBANK"],
  names: ["FirstBank", "First Bank of Nigeria"],
  rules: [],
};
