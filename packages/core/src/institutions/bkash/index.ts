import type { InstitutionDef } from "../types";

/** bKash (BD): English "Cash In Tk X". */
export const bkash: InstitutionDef = {
  id: "bkash",
  name: "bKash",
  kind: "wallet",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["BKASH"],
  names: ["bKash"],
  rules: [],
};
