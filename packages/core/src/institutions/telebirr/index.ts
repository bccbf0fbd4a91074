import type { InstitutionDef } from "../types";

/** telebirr (ET): Ethio telecom wallet, English. */
export const telebirr: InstitutionDef = {
  id: "telebirr",
  name: "telebirr",
  kind: "wallet",
  country: "ET",
  currency: "ETB",
  timeZone: "Africa/Addis_Ababa",
  senders: ["127", "TELEBIRR"],
  names: ["telebirr"],
  rules: [],
};
