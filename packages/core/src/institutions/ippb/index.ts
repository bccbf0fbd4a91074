import type { InstitutionDef } from "../types";

export const ippb: InstitutionDef = {
  id: "ippb",
  name: "India Post Payments Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["IPPBNK", "IPBMSG", "IPPBMS"],
  names: ["India Post Payments Bank"],
  rules: [],
};
