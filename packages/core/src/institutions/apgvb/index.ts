import type { InstitutionDef } from "../types";

export const apgvb: InstitutionDef = {
  id: "apgvb",
  name: "Andhra Pradesh Grameena Vikas Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["APGVBK"],
  names: ["Andhra Pradesh Grameena Vikas Bank"],
  rules: [],
};
