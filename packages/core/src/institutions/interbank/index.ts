import type { InstitutionDef } from "../types";

/** Interbank (PE) and its Plin transfers, Spanish; "S/ 120.00" is soles. */
export const interbank: InstitutionDef = {
  id: "interbank",
  name: "Interbank",
  kind: "bank",
  country: "PE",
  currency: "PEN",
  timeZone: "America/Lima",
  senders: ["INTERBANK", "PLIN"],
  names: ["Interbank"],
  rules: [],
};
