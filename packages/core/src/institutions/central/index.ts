import type { InstitutionDef } from "../types";

export const central: InstitutionDef = {
  id: "central",
  name: "Central Bank of India",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["CENTBK", "CBOIND"],
  senderPrefixes: ["CENTB"],
  names: ["Central Bank of India"],
  rules: [],
};
