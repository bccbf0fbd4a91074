import type { InstitutionDef } from "../types";

export const ujjivan: InstitutionDef = {
  id: "ujjivan",
  name: "Ujjivan Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["UJJIVN"],
  names: ["Ujjivan Small Finance Bank", "Ujjivan SFB"],
  rules: [],
};
