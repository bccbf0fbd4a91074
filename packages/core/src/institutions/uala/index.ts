import type { InstitutionDef } from "../types";

/** Ualá (AR): card-and-wallet fintech, Spanish; "$ 4.320,50" is pesos (dot grouping, decimal comma). */
export const uala: InstitutionDef = {
  id: "uala",
  name: "Ualá",
  kind: "bank",
  country: "AR",
  currency: "ARS",
  timeZone: "America/Argentina/Buenos_Aires",
  senders: ["UALA"],
  names: ["Ualá", "Uala"],
  rules: [],
};
