import type { InstitutionDef } from "../types";
import { SBI_RULES } from "./rules";

export const sbi: InstitutionDef = {
  id: "sbi",
  name: "State Bank of India",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SBIINB", "SBIUPI", "SBIPSG", "CBSSBI", "ATMSBI", "SBIBNK", "SBISMS", "SBIOTP"],
  senderPrefixes: ["SBI"],
  names: ["State Bank of India", "SBI"],
  rules: SBI_RULES,
};
