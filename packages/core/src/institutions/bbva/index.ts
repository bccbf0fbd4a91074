import type { InstitutionDef } from "../types";

/** BBVA (ES): Spanish. */
export const bbva: InstitutionDef = {
  id: "bbva",
  name: "BBVA",
  kind: "bank",
  country: "ES",
  currency: "EUR",
  timeZone: "Europe/Madrid",
  senders: ["BBVA"],
  names: ["BBVA"],
  rules: [],
};
