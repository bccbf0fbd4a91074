import type { InstitutionDef } from "../types";

/** National Bank of Egypt: Arabic and English. */
export const nbe: InstitutionDef = {
  id: "nbe",
  name: "National Bank of Egypt",
  kind: "bank",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["NBE"],
  names: ["National Bank of Egypt", "البنك الأهلي المصري"],
  rules: [],
};
