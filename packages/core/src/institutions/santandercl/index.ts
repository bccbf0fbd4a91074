import type { InstitutionDef } from "../types";

/** Banco Santander Chile, whose own header "Santander CL" is told from Spain's "Santander"; "$250.000" is pesos. */
export const santandercl: InstitutionDef = {
  id: "santandercl",
  name: "Santander Chile",
  kind: "bank",
  country: "CL",
  currency: "CLP",
  timeZone: "America/Santiago",
  senders: ["SANTANDER CL", "SANTANDERCL"],
  names: [],
  rules: [],
};
