import type { InstitutionDef } from "../types";

/** CIBC (CA): English; "$" is the Canadian dollar. */
export const cibc: InstitutionDef = {
  id: "cibc",
  name: "CIBC",
  kind: "bank",
  country: "CA",
  currency: "CAD",
  timeZone: "America/Toronto",
  senders: ["CIBC"],
  names: ["CIBC"],
  rules: [],
};
