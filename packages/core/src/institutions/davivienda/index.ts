import type { InstitutionDef } from "../types";

/** Davivienda (CO): Spanish, pesos printed with "$". */
export const davivienda: InstitutionDef = {
  id: "davivienda",
  name: "Davivienda",
  kind: "bank",
  country: "CO",
  currency: "COP",
  timeZone: "America/Bogota",
  senders: ["DAVIVIENDA"],
  names: ["Davivienda"],
  rules: [],
};
