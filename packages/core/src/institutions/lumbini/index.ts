import type { InstitutionDef } from "../types";

/** Lumbini Bikas Bank (NP): English "NPR X has been withdrawn from your A/C". */
export const lumbini: InstitutionDef = {
  id: "lumbini",
  name: "Lumbini Bikas Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["LBBL_SMART"],
  names: [],
  rules: [],
};
