import type { InstitutionDef } from "../types";

export const cub: InstitutionDef = {
  id: "cub",
  name: "City Union Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["CUBANK"],
  names: ["City Union Bank"],
  rules: [],
};
