import type { InstitutionDef } from "../types";

/** Machhapuchchhre Bank (NP): English "NPR X Withdrawn from your A/C". */
export const machhapuchchhre: InstitutionDef = {
  id: "machhapuchchhre",
  name: "Machhapuchchhre Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["MBL_ALERT"],
  names: [],
  rules: [],
};
