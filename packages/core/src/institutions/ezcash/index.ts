import type { InstitutionDef } from "../types";

/** eZ Cash (LK, Dialog) wallet: English, rupees as "Rs." meaning LKR. */
export const ezcash: InstitutionDef = {
  id: "ezcash",
  name: "eZ Cash",
  kind: "wallet",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["EZCASH"],
  names: ["eZ Cash"],
  rules: [],
};
