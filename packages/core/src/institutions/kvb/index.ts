import type { InstitutionDef } from "../types";

export const kvb: InstitutionDef = {
  id: "kvb",
  name: "Karur Vysya Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["KVBANK"],
  names: ["Karur Vysya Bank"],
  rules: [],
};
