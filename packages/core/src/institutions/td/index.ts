import type { InstitutionDef } from "../types";

/** TD Canada Trust (CA): English; "$" is the Canadian dollar. */
export const td: InstitutionDef = {
  id: "td",
  name: "TD Canada Trust",
  kind: "bank",
  country: "CA",
  currency: "CAD",
  timeZone: "America/Toronto",
  senders: ["TD", "TDBANK", "TD ALERTS"],
  names: ["TD Canada Trust"],
  rules: [],
};
