import type { InstitutionDef } from "../types";

/** Everest Bank (NP): English "Your A/c ### is debited by NPR ..". */
export const everest: InstitutionDef = {
  id: "everest",
  name: "Everest Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["EBL_ALERT", "EVEREST"],
  names: ["Everest Bank"],
  rules: [],
};
