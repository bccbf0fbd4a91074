import type { InstitutionDef } from "../types";

/** Siddhartha Bank (NP): English "AC ###, NPR X withdrawn on ..". */
export const siddhartha: InstitutionDef = {
  id: "siddhartha",
  name: "Siddhartha Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["SBL_ALERT", "SBL-ALERT", "SIDDHARTHA"],
  names: [],
  rules: [],
};
