import type { InstitutionDef } from "../types";

/** Saudi National Bank (SA): Arabic ("بـSAR 19.45"). */
export const snb: InstitutionDef = {
  id: "snb",
  name: "Saudi National Bank",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["SNB-ALAHLI", "SNB", "ALAHLI"],
  names: ["البنك الأهلي السعودي", "البنك الاهلي السعودي"],
  rules: [],
};
