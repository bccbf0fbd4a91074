import type { InstitutionDef } from "../types";

export const jiopb: InstitutionDef = {
  id: "jiopb",
  name: "Jio Payments Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["JIOPBK"],
  names: ["Jio Payments Bank"],
  rules: [],
};
