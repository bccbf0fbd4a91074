import type { InstitutionDef } from "../types";

/** Mixx by Yas (TZ): mobile money (formerly Tigo Pesa), TSh amounts. */
export const mixx: InstitutionDef = {
  id: "mixx",
  name: "Mixx by Yas",
  kind: "wallet",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["MIXXBYYAS", "MIXX BY YAS", "TIGOPESA", "TIGOPESA(SMSFP)", "TIGO PESA"],
  names: ["Mixx by Yas"],
  rules: [],
};
