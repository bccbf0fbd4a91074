import type { InstitutionDef } from "../types";

export const dhanlaxmi: InstitutionDef = {
  id: "dhanlaxmi",
  name: "Dhanlaxmi Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["DHANBK"],
  names: ["Dhanlaxmi Bank"],
  rules: [],
};
