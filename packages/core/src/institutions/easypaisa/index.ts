import type { InstitutionDef } from "../types";

/** Easypaisa (PK) mobile wallet, short code 8558: English, rupees printed as "Rs". */
export const easypaisa: InstitutionDef = {
  id: "easypaisa",
  name: "Easypaisa",
  kind: "wallet",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["EASYPAISA", "8558"],
  names: ["Easypaisa"],
  rules: [],
};
