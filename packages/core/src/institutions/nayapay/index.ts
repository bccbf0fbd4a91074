import type { InstitutionDef } from "../types";

/** NayaPay (PK): wallet, English, rupees as "Rs". */
export const nayapay: InstitutionDef = {
  id: "nayapay",
  name: "NayaPay",
  kind: "wallet",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["NAYAPAY"],
  names: ["NayaPay"],
  rules: [],
};
