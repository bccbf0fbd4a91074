import type { InstitutionDef } from "../types";

export const csb: InstitutionDef = {
  id: "csb",
  name: "CSB Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["CSBBNK"],
  names: ["CSB Bank"],
  rules: [],
};
