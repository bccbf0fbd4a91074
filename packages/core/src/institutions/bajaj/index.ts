import type { InstitutionDef } from "../types";

export const bajaj: InstitutionDef = {
  id: "bajaj",
  name: "Bajaj Finance",
  kind: "loan",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BAJAJF", "BAJFIN"],
  names: [],
  rules: [],
};
