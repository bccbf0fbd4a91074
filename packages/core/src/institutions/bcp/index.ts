import type { InstitutionDef } from "../types";

/** Banco de Crédito del Perú (BCP), Spanish; "S/ 68.90" is soles. */
export const bcp: InstitutionDef = {
  id: "bcp",
  name: "BCP",
  kind: "bank",
  country: "PE",
  currency: "PEN",
  timeZone: "America/Lima",
  senders: ["BCP"],
  names: ["Banco de Crédito del Perú"],
  rules: [],
};
