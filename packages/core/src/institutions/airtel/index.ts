import type { InstitutionDef } from "../types";

export const airtel: InstitutionDef = {
  id: "airtel",
  name: "Airtel Payments Bank",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AIRBNK", "AIRPBL"],
  senderPrefixes: ["AIRT"],
  names: ["Airtel Payments Bank"],
  rules: [],
};
