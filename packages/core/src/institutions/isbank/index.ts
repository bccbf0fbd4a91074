import type { InstitutionDef } from "../types";

/** Türkiye İş Bankası: Turkish, often without diacritics. */
export const isbank: InstitutionDef = {
  id: "isbank",
  name: "Is Bankasi",
  kind: "bank",
  country: "TR",
  currency: "TRY",
  timeZone: "Europe/Istanbul",
  senders: ["ISBANK"],
  names: ["İş Bankası", "Is Bankasi"],
  rules: [],
};
