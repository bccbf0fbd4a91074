import type { InstitutionDef } from "../types";

/** Banorte (MX): Spanish; "$" is the Mexican peso. */
export const banorte: InstitutionDef = {
  id: "banorte",
  name: "Banorte",
  kind: "bank",
  country: "MX",
  currency: "MXN",
  timeZone: "America/Mexico_City",
  senders: ["BANORTE"],
  names: ["Banorte"],
  rules: [],
};
