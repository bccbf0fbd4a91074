import type { InstitutionDef } from "../types";

/** Banco Falabella (CL) and its CMR card, Spanish; "$34.990" is 34,990 pesos. */
export const falabella: InstitutionDef = {
  id: "falabella",
  name: "Banco Falabella",
  kind: "bank",
  country: "CL",
  currency: "CLP",
  timeZone: "America/Santiago",
  senders: ["BANCO FALABELLA", "FALABELLA"],
  names: ["Banco Falabella"],
  rules: [],
};
