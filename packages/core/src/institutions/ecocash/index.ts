import type { InstitutionDef } from "../types";

/** EcoCash (ZW): wallet alerts in US dollars ("$50.00", "USD") and Zimbabwe Gold ("ZWG"). */
export const ecocash: InstitutionDef = {
  id: "ecocash",
  name: "EcoCash",
  kind: "wallet",
  country: "ZW",
  currency: "USD",
  timeZone: "Africa/Harare",
  senders: ["ECOCASH", "+263164", "263164"],
  names: [],
  rules: [],
};
