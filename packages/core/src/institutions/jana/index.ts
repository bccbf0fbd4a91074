import type { InstitutionDef } from "../types";

export const jana: InstitutionDef = {
  id: "jana",
  name: "Jana Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["JANABK"],
  names: ["Jana Small Finance Bank", "Jana SFB"],
  rules: [],
};
