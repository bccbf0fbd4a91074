import type { InstitutionDef } from "../types";

export const karnatakabank: InstitutionDef = {
  id: "karnatakabank",
  name: "Karnataka Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["KBLBNK", "KARBNK"],
  names: ["Karnataka Bank"],
  rules: [],
};
