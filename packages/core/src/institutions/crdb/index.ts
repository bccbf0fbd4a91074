import type { InstitutionDef } from "../types";

/** CRDB Bank (TZ): Swahili and English; SimBanking receipts ("Muamala umefanikiwa"). */
export const crdb: InstitutionDef = {
  id: "crdb",
  name: "CRDB Bank",
  kind: "bank",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["CRDB BANK", "CRDB"],
  names: ["CRDB Bank"],
  rules: [],
};
