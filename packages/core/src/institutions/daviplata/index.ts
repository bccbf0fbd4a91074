import type { InstitutionDef } from "../types";

/** DaviPlata (CO): Davivienda's mobile wallet, Spanish; "$32.000" is 32,000 pesos (dot grouping). */
export const daviplata: InstitutionDef = {
  id: "daviplata",
  name: "DaviPlata",
  kind: "wallet",
  country: "CO",
  currency: "COP",
  timeZone: "America/Bogota",
  senders: ["DAVIPLATA"],
  names: ["DaviPlata"],
  rules: [],
};
