import type { InstitutionDef } from "../types";

/** Commercial Bank of Ethiopia (ET): English "has been Credited with ETB ..". */
export const cbe: InstitutionDef = {
  id: "cbe",
  name: "Commercial Bank of Ethiopia",
  kind: "bank",
  country: "ET",
  currency: "ETB",
  timeZone: "Africa/Addis_Ababa",
  senders: ["CBE", "CBEBANK"],
  names: ["Commercial Bank of Ethiopia"],
  rules: [],
};
