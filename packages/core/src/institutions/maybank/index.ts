import type { InstitutionDef } from "../types";

/** Maybank (MY): English and Malay ("You've transferred RM50.00 to .."). */
export const maybank: InstitutionDef = {
  id: "maybank",
  name: "Maybank",
  kind: "bank",
  country: "MY",
  currency: "MYR",
  timeZone: "Asia/Kuala_Lumpur",
  senders: ["MAYBANK", "MAYBANK2U"],
  names: ["Maybank", "Maybank2u"],
  rules: [],
};
