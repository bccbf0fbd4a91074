import type { InstitutionDef } from "../types";

/** Manjushree Finance (NP): English. */
export const manjushree: InstitutionDef = {
  id: "manjushree",
  name: "Manjushree Finance",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["MFL_ALERT"],
  names: ["Manjushree Finance"],
  rules: [],
};
