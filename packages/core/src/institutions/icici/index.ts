import type { InstitutionDef } from "../types";
import { ICICI_RULES } from "./rules";

export const icici: InstitutionDef = {
  id: "icici",
  name: "ICICI Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["ICICIB", "ICICIT", "ICICIO"],
  senderPrefixes: ["ICICI"],
  names: ["ICICI Bank", "ICICI"],
  rules: ICICI_RULES,
};
