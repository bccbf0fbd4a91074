import type { InstitutionDef } from "../types";

/** Techcombank (VN): Vietnamese, signed amounts ("+2,000,000 VND"). */
export const techcombank: InstitutionDef = {
  id: "techcombank",
  name: "Techcombank",
  kind: "bank",
  country: "VN",
  currency: "VND",
  timeZone: "Asia/Ho_Chi_Minh",
  senders: ["TECHCOMBANK"],
  names: ["Techcombank"],
  rules: [],
};
