import type { InstitutionDef } from "../types";

/** Citi (US): English, short code 692484. */
export const citi: InstitutionDef = {
  id: "citi",
  name: "Citi",
  kind: "card",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["692484"],
  names: ["Citi"],
  rules: [],
};
