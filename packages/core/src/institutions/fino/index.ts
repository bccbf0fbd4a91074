import type { InstitutionDef } from "../types";

export const fino: InstitutionDef = {
  id: "fino",
  name: "Fino Payments Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["FINOBK", "FINOPB"],
  names: ["Fino Payments Bank"],
  rules: [],
};
