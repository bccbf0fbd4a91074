import type { InstitutionDef } from "../types";

/** Moov Africa Money (CI, BJ, TG): French wallet alerts, francs CFA as "F" or "FCFA". */
export const moovmoney: InstitutionDef = {
  id: "moovmoney",
  name: "Moov Money",
  kind: "wallet",
  country: "CI",
  currency: "XOF",
  timeZone: "Africa/Abidjan",
  senders: ["MOOV MONEY", "MOOVMONEY", "MOOV"],
  names: [],
  rules: [],
};
