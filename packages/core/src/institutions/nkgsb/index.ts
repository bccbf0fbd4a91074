import type { InstitutionDef } from "../types";

export const nkgsb: InstitutionDef = {
  id: "nkgsb",
  name: "NKGSB Co-op Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["NKGSB"],
  names: ["NKGSB Bank", "NKGSB Co-op Bank"],
  rules: [],
};
