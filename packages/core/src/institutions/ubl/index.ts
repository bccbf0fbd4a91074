import type { InstitutionDef } from "../types";

/** United Bank Limited (PK): English. */
export const ubl: InstitutionDef = {
  id: "ubl",
  name: "UBL",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["UBL"],
  names: ["United Bank Limited"],
  rules: [],
};
