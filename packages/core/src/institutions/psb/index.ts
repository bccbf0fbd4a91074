import type { InstitutionDef } from "../types";

export const psb: InstitutionDef = {
  id: "psb",
  name: "Punjab & Sind Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["PSBANK"],
  names: ["Punjab & Sind Bank", "Punjab and Sind Bank"],
  rules: [],
};
