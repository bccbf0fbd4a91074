import type { InstitutionDef } from "../types";

/** National Savings Bank (LK): English. */
export const nsb: InstitutionDef = {
  id: "nsb",
  name: "National Savings Bank",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["NSB"],
  names: [],
  rules: [],
};
