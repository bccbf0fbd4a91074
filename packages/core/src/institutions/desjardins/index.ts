import type { InstitutionDef } from "../types";

/** Desjardins (CA): French and English; "84,17 $" is the Canadian dollar. */
export const desjardins: InstitutionDef = {
  id: "desjardins",
  name: "Desjardins",
  kind: "bank",
  country: "CA",
  currency: "CAD",
  timeZone: "America/Toronto",
  senders: ["DESJARDINS"],
  names: ["Desjardins"],
  rules: [],
};
