import type { InstitutionDef } from "../types";
import { AMEX_RULES } from "./rules";

export const amex: InstitutionDef = {
  id: "amex",
  name: "American Express",
  kind: "card",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AMEXIN", "AMEXSM"],
  senderPrefixes: ["AMEX"],
  names: ["American Express", "AMEX"],
  rules: AMEX_RULES,
};
