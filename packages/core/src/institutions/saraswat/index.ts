import type { InstitutionDef } from "../types";

export const saraswat: InstitutionDef = {
  id: "saraswat",
  name: "Saraswat Co-operative Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SARBNK", "SARASW"],
  names: ["Saraswat Bank", "Saraswat Co-operative Bank"],
  rules: [],
};
