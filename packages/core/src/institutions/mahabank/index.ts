import type { InstitutionDef } from "../types";

export const mahabank: InstitutionDef = {
  id: "mahabank",
  name: "Bank of Maharashtra",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["MAHABK", "BOMBNK"],
  names: ["Bank of Maharashtra"],
  rules: [],
};
