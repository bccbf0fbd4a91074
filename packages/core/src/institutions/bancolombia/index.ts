import type { InstitutionDef } from "../types";

/** Bancolombia (CO): Spanish; "$125.900,00" and "$500.000" are pesos (dot grouping, decimal comma). */
export const bancolombia: InstitutionDef = {
  id: "bancolombia",
  name: "Bancolombia",
  kind: "bank",
  country: "CO",
  currency: "COP",
  timeZone: "America/Bogota",
  senders: ["BANCOLOMBIA", "85540"],
  names: ["Bancolombia"],
  rules: [],
};
