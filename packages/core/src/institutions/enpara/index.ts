import type { InstitutionDef } from "../types";

/** Enpara.com (TR): Turkish. */
export const enpara: InstitutionDef = {
  id: "enpara",
  name: "Enpara.com",
  kind: "bank",
  country: "TR",
  currency: "TRY",
  timeZone: "Europe/Istanbul",
  senders: ["ENPARA"],
  names: ["Enpara"],
  rules: [],
};
