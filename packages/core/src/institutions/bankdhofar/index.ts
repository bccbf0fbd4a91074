import type { InstitutionDef } from "../types";

/** Bank Dhofar (OM): English, 3-decimal rials. */
export const bankdhofar: InstitutionDef = {
  id: "bankdhofar",
  name: "Bank Dhofar",
  kind: "bank",
  country: "OM",
  currency: "OMR",
  timeZone: "Asia/Muscat",
  senders: ["BANKDHOFAR"],
  names: ["Bank Dhofar"],
  rules: [],
};
