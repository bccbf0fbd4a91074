import type { InstitutionDef } from "../types";

export const jkbank: InstitutionDef = {
  id: "jkbank",
  name: "J&K Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["JKBANK"],
  names: ["J&K Bank", "Jammu and Kashmir Bank"],
  rules: [],
};
