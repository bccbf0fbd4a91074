import type { InstitutionDef } from "../types";

export const rbl: InstitutionDef = {
  id: "rbl",
  name: "RBL Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["RBLBNK", "RBLCRD"],
  senderPrefixes: ["RBL"],
  names: ["RBL"],
  rules: [],
};
