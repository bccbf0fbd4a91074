import type { InstitutionDef } from "../types";

/** Nabil Bank (NP): English "has been withdrawn by NPR". */
export const nabil: InstitutionDef = {
  id: "nabil",
  name: "Nabil Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["NABIL_ALERT"],
  names: ["Nabil Bank"],
  rules: [],
};
