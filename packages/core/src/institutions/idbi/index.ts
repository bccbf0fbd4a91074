import type { InstitutionDef } from "../types";

export const idbi: InstitutionDef = {
  id: "idbi",
  name: "IDBI Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["IDBIBK", "IDBIBN"],
  senderPrefixes: ["IDBI"],
  names: ["IDBI"],
  rules: [],
};
