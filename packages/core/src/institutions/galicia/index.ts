import type { InstitutionDef } from "../types";

/** Banco Galicia (AR): Spanish; "$ 45.800,00" is pesos (dot grouping, decimal comma). */
export const galicia: InstitutionDef = {
  id: "galicia",
  name: "Banco Galicia",
  kind: "bank",
  country: "AR",
  currency: "ARS",
  timeZone: "America/Argentina/Buenos_Aires",
  senders: ["GALICIA", "BANCOGALICIA"],
  names: ["Banco Galicia"],
  rules: [],
};
