import type { InstitutionDef } from "../types";

/** Equity Bank (KE): English. */
export const equity: InstitutionDef = {
  id: "equity",
  name: "Equity Bank",
  kind: "bank",
  country: "KE",
  currency: "KES",
  timeZone: "Africa/Nairobi",
  senders: ["EQUITYBANK", "EQUITY"],
  names: ["Equity Bank"],
  rules: [],
};
