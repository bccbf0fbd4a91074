import type { InstitutionDef } from "../types";

/** Airtel Payments Bank, and the Airtel Money wallet before it ("AD-AIRMNY"; not Tanzania's `airtelmoney`). */
export const airtel: InstitutionDef = {
  id: "airtel",
  name: "Airtel Payments Bank",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AIRBNK", "AIRPBL", "AIRMNY"],
  senderPrefixes: ["AIRT"],
  names: ["Airtel Payments Bank"],
  rules: [],
};
