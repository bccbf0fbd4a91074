import type { InstitutionDef } from "../types";
import { UNION_RULES } from "./rules";

export const union: InstitutionDef = {
  id: "union",
  name: "Union Bank of India",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["UNIONB", "UBOIND", "UBISMS"],
  senderPrefixes: ["UNION"],
  names: ["Union Bank of India"],
  rules: UNION_RULES,
};
