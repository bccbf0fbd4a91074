import type { InstitutionDef } from "../types";

export const lic: InstitutionDef = {
  id: "lic",
  name: "LIC of India",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["LICIND"],
  // No body names: "LIC OF INDIA" is a payee in many banks' alerts (ECS, NACH, SI).
  names: [],
  rules: [],
};
