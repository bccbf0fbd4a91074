import type { InstitutionDef } from "../types";

/** Barclays (GB), English: "£64.20 payment to TESCO STORES .. from account ending 4417". */
export const barclays: InstitutionDef = {
  id: "barclays",
  name: "Barclays",
  kind: "bank",
  country: "GB",
  currency: "GBP",
  timeZone: "Europe/London",
  senders: ["BARCLAYS"],
  names: ["Barclays"],
  rules: [],
};
