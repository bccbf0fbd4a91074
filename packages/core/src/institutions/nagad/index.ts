import type { InstitutionDef } from "../types";

/** Nagad (BD) mobile wallet: English and Bangla. */
export const nagad: InstitutionDef = {
  id: "nagad",
  name: "Nagad",
  kind: "wallet",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["NAGAD"],
  names: ["Nagad"],
  rules: [],
};
