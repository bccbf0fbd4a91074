import type { InstitutionDef } from "../types";

/** Meezan Bank (PK): English. */
export const meezan: InstitutionDef = {
  id: "meezan",
  name: "Meezan Bank",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["MEEZAN", "MEEZANBANK"],
  names: ["Meezan Bank"],
  rules: [],
};
