import type { InstitutionDef } from "../types";

export const tmb: InstitutionDef = {
  id: "tmb",
  name: "Tamilnad Mercantile Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["TMBANK"],
  names: ["Tamilnad Mercantile Bank"],
  rules: [],
};
