import type { InstitutionDef } from "../types";

export const barodaup: InstitutionDef = {
  id: "barodaup",
  name: "Baroda U.P. Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BUPBNK"],
  names: ["Baroda U.P. Bank", "Baroda UP Bank"],
  rules: [],
};
