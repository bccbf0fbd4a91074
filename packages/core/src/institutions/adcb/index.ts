import type { InstitutionDef } from "../types";

/** ADCB (AE): English. */
export const adcb: InstitutionDef = {
  id: "adcb",
  name: "ADCB",
  kind: "bank",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["ADCBALERT", "ADCB"],
  names: ["ADCB"],
  rules: [],
};
