import type { InstitutionDef } from "../types";

/** Rocket (BD), Dutch-Bangla Bank's mobile wallet: English like bKash ("Tk 500.00 Send Money to 01XXXXXX123 successful"). */
export const rocket: InstitutionDef = {
  id: "rocket",
  name: "Rocket",
  kind: "wallet",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["ROCKET", "16216"],
  names: [],
  rules: [],
};
