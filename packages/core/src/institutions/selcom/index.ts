import type { InstitutionDef } from "../types";

/** Selcom Pesa (TZ): mobile wallet. */
export const selcom: InstitutionDef = {
  id: "selcom",
  name: "Selcom Pesa",
  kind: "wallet",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["SELCOM PESA", "SELCOMPESA", "SELCOM"],
  names: ["Selcom Pesa"],
  rules: [],
};
