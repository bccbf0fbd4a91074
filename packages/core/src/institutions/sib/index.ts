import type { InstitutionDef } from "../types";

export const sib: InstitutionDef = {
  id: "sib",
  name: "South Indian Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SIBSMS"],
  names: ["South Indian Bank"],
  rules: [],
};
