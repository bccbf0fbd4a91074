import type { InstitutionDef } from "../types";

/** Nepal SBI Bank (NP): English "Your A/c XX0673 Debited by NPR ..". */
export const nsbi: InstitutionDef = {
  id: "nsbi",
  name: "Nepal SBI Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["NSBI_ALERT"],
  names: [],
  rules: [],
};
