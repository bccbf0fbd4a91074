import type { InstitutionDef } from "../types";

export const cosmos: InstitutionDef = {
  id: "cosmos",
  name: "Cosmos Co-operative Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["COSMOS"],
  names: ["Cosmos Bank", "Cosmos Co-operative Bank"],
  rules: [],
};
