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
  // Egyptians call it "البنك الأهلي" (also spelt without the hamza); the Saudi one is "البنك الأهلي السعودي" (snb).
  names: ["National Bank of Egypt", "البنك الأهلي المصري", "البنك الاهلي المصري", "البنك الأهلي", "البنك الاهلي"],
  rules: [],
};
