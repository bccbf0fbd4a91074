import type { InstitutionDef } from "../types";

/** Airtel Money Tanzania: Swahili and English, "Tsh" amounts (not Airtel Payments Bank India, `airtel`). */
export const airtelmoney: InstitutionDef = {
  id: "airtelmoney",
  name: "Airtel Money",
  kind: "wallet",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["AIRTELMONEY", "AIRTEL MONEY"],
  names: ["Airtel Money"],
  rules: [],
};
