import type { InstitutionDef } from "../types";
import { KOTAK_RULES } from "./rules";

export const kotak: InstitutionDef = {
  id: "kotak",
  name: "Kotak Mahindra Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["KOTAKB", "KOTAKM", "KMBANK"],
  senderPrefixes: ["KOTAK"],
  names: ["Kotak"],
  rules: KOTAK_RULES,
};
