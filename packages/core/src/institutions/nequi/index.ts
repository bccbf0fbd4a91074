import type { InstitutionDef } from "../types";

/** Nequi (CO): Bancolombia's wallet, Spanish; "$50.000" is 50,000 pesos. */
export const nequi: InstitutionDef = {
  id: "nequi",
  name: "Nequi",
  kind: "wallet",
  country: "CO",
  currency: "COP",
  timeZone: "America/Bogota",
  senders: ["NEQUI"],
  names: ["Nequi"],
  rules: [],
};
