import type { InstitutionDef } from "../types";

/** Royal Bank of Canada (CA): English; "$" is the Canadian dollar. */
export const rbc: InstitutionDef = {
  id: "rbc",
  name: "Royal Bank of Canada",
  kind: "bank",
  country: "CA",
  currency: "CAD",
  timeZone: "America/Toronto",
  senders: ["RBC", "RBCROYALBANK"],
  names: ["RBC Royal Bank"],
  rules: [],
};
