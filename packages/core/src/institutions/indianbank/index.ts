import type { InstitutionDef } from "../types";

export const indianbank: InstitutionDef = {
  id: "indianbank",
  name: "Indian Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["INDBNK"],
  names: ["Indian Bank"],
  rules: [],
};
