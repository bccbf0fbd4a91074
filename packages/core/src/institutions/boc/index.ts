import type { InstitutionDef } from "../types";

/** Bank of Ceylon (LK): English, rupees printed as "Rs.". */
export const boc: InstitutionDef = {
  id: "boc",
  name: "Bank of Ceylon",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["BOC"],
  names: ["Bank of Ceylon"],
  rules: [],
};
