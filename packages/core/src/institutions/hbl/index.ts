import type { InstitutionDef } from "../types";

/** Habib Bank Limited (PK): English. */
export const hbl: InstitutionDef = {
  id: "hbl",
  name: "HBL",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["HBL"],
  names: ["Habib Bank", "HBL"],
  rules: [],
};
