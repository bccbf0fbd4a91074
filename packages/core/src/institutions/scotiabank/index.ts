import type { InstitutionDef } from "../types";

/** Scotiabank (CA): English; "$" is the Canadian dollar. */
export const scotiabank: InstitutionDef = {
  id: "scotiabank",
  name: "Scotiabank",
  kind: "bank",
  country: "CA",
  currency: "CAD",
  timeZone: "America/Toronto",
  senders: ["SCOTIABANK"],
  names: ["Scotiabank"],
  rules: [],
};
