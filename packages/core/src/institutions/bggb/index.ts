import type { InstitutionDef } from "../types";

export const bggb: InstitutionDef = {
  id: "bggb",
  name: "Baroda Gujarat Gramin Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BGVBNK"],
  names: ["Baroda Gujarat Gramin Bank"],
  rules: [],
};
