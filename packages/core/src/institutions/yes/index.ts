import type { InstitutionDef } from "../types";

export const yes: InstitutionDef = {
  id: "yes",
  name: "Yes Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["YESBNK", "YESBKS"],
  senderPrefixes: ["YESB"],
  names: ["Yes Bank"],
  rules: [],
};
