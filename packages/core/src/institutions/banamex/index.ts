import type { InstitutionDef } from "../types";

/** Banamex (MX), Spanish; "$345.00" is pesos. */
export const banamex: InstitutionDef = {
  id: "banamex",
  name: "Banamex",
  kind: "bank",
  country: "MX",
  currency: "MXN",
  timeZone: "America/Mexico_City",
  senders: ["BANAMEX", "CITIBANAMEX"],
  names: ["Banamex", "Citibanamex"],
  rules: [],
};
