import type { InstitutionDef } from "../types";

export const nsdlpb: InstitutionDef = {
  id: "nsdlpb",
  name: "NSDL Payments Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["NSDLPB"],
  names: ["NSDL Payments Bank"],
  rules: [],
};
