import type { InstitutionDef } from "../types";

/** Commercial Bank of Ceylon (LK): English, rupees printed as "Rs.". */
export const combank: InstitutionDef = {
  id: "combank",
  name: "Commercial Bank of Ceylon",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["COMBANK"],
  names: ["Commercial Bank"],
  rules: [],
};
