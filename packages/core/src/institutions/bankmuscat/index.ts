import type { InstitutionDef } from "../types";

/** Bank Muscat (OM): Arabic and English, OMR with 3 decimals. */
export const bankmuscat: InstitutionDef = {
  id: "bankmuscat",
  name: "Bank Muscat",
  kind: "bank",
  country: "OM",
  currency: "OMR",
  timeZone: "Asia/Muscat",
  senders: ["BANKMUSCAT", "BANK MUSCAT"],
  names: ["Bank Muscat"],
  rules: [],
};
