import type { InstitutionDef } from "../types";
import { SBICARD_RULES } from "./rules";

export const sbicard: InstitutionDef = {
  id: "sbicard",
  name: "SBI Card",
  kind: "card",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SBICRD", "SBICAR"],
  senderPrefixes: ["SBICR"],
  names: ["SBI Card", "SBICard", "SBI Credit Card"],
  rules: SBICARD_RULES,
};
