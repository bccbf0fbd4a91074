import type { InstitutionDef } from "../types";

export const keralagb: InstitutionDef = {
  id: "keralagb",
  name: "Kerala Gramin Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["KGBANK"],
  names: ["Kerala Gramin Bank"],
  rules: [],
};
