import type { InstitutionDef } from "../types";

export const punjabgb: InstitutionDef = {
  id: "punjabgb",
  name: "Punjab Gramin Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["PUNGBK"],
  names: ["Punjab Gramin Bank"],
  rules: [],
};
