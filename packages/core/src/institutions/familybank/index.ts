import type { InstitutionDef } from "../types";

/** Family Bank (KE): English ("Ksh 500.00 paid to .. from A/C ****1234"). */
export const familybank: InstitutionDef = {
  id: "familybank",
  name: "Family Bank",
  kind: "bank",
  country: "KE",
  currency: "KES",
  timeZone: "Africa/Nairobi",
  senders: ["FAMILYBANK", "FAMILY BANK"],
  names: ["Family Bank"],
  rules: [],
};
