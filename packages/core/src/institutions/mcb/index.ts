import type { InstitutionDef } from "../types";

/** MCB Bank (PK): English and Roman Urdu account alerts ("Aap ke A/C ...1234 mein .. Rs .. credit hui hai"). */
export const mcb: InstitutionDef = {
  id: "mcb",
  name: "MCB Bank",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["MCB", "MCBBANK"],
  names: ["MCB Bank"],
  rules: [],
};
