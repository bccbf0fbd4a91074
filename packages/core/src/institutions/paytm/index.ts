import type { InstitutionDef } from "../types";
import { PAYTM_RULES } from "./rules";

export const paytm: InstitutionDef = {
  id: "paytm",
  name: "Paytm Payments Bank",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["PAYTMB", "PYTMBK", "IPAYTM"],
  senderPrefixes: ["PAYTM"],
  names: ["Paytm"],
  rules: PAYTM_RULES,
};
