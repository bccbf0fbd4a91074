import type { InstitutionDef } from "../types";

/** JazzCash (PK) mobile wallet: English, rupees printed as "Rs.". */
export const jazzcash: InstitutionDef = {
  id: "jazzcash",
  name: "JazzCash",
  kind: "wallet",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["JAZZCASH"],
  names: ["JazzCash"],
  rules: [],
};
