import type { InstitutionDef } from "../types";

/** Laxmi Sunrise Bank (NP): English, "Remarks:" then the signature. */
export const laxmi: InstitutionDef = {
  id: "laxmi",
  name: "Laxmi Sunrise Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["LAXMI_ALERT", "LAXMI", "LAXMI_SUNRISE", "LAXMI_SUN"],
  names: ["Laxmi Sunrise"],
  rules: [],
};
