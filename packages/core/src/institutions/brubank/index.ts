import type { InstitutionDef } from "../types";

/** Brubank (AR): digital bank, Spanish; "$ 80.000,00" is pesos (dot grouping, decimal comma). */
export const brubank: InstitutionDef = {
  id: "brubank",
  name: "Brubank",
  kind: "bank",
  country: "AR",
  currency: "ARS",
  timeZone: "America/Argentina/Buenos_Aires",
  senders: ["BRUBANK"],
  names: ["Brubank"],
  rules: [],
};
