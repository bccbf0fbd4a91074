import type { InstitutionDef } from "../types";

export const au: InstitutionDef = {
  id: "au",
  name: "AU Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AUBANK", "AUSFBL"],
  names: ["AU Small Finance", "AU Bank"],
  rules: [],
};
