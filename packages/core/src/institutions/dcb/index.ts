import type { InstitutionDef } from "../types";

export const dcb: InstitutionDef = {
  id: "dcb",
  name: "DCB Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["DCBBNK"],
  names: ["DCB Bank"],
  rules: [],
};
