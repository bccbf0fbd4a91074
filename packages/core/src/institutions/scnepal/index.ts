import type { InstitutionDef } from "../types";

/** Standard Chartered Nepal (NP): English. */
export const scnepal: InstitutionDef = {
  id: "scnepal",
  name: "Standard Chartered Nepal",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["SC_ALERT"],
  names: [],
  rules: [],
};
