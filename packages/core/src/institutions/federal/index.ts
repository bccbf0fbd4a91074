import type { InstitutionDef } from "../types";

export const federal: InstitutionDef = {
  id: "federal",
  name: "Federal Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["FEDBNK", "FEDBKS"],
  senderPrefixes: ["FEDB"],
  names: ["Federal Bank"],
  rules: [],
};
