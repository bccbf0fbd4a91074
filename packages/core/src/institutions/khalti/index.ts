import type { InstitutionDef } from "../types";

/** Khalti (NP): wallet; "Rs." is the Nepali rupee. */
export const khalti: InstitutionDef = {
  id: "khalti",
  name: "Khalti",
  kind: "wallet",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["KHALTI"],
  names: ["Khalti"],
  rules: [],
};
