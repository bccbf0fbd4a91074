import type { InstitutionDef } from "../types";

export const suryoday: InstitutionDef = {
  id: "suryoday",
  name: "Suryoday Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SURYDY", "SURYOD"],
  names: ["Suryoday Small Finance Bank", "Suryoday SFB"],
  rules: [],
};
