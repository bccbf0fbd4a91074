import type { InstitutionDef } from "../types";

/** eSewa (NP): wallet; "Rs." / "NPR" amounts. */
export const esewa: InstitutionDef = {
  id: "esewa",
  name: "eSewa",
  kind: "wallet",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["ESEWA"],
  names: ["eSewa"],
  rules: [],
};
