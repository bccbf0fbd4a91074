import type { InstitutionDef } from "../types";

/** UniCredit (IT): Italian. */
export const unicredit: InstitutionDef = {
  id: "unicredit",
  name: "UniCredit",
  kind: "bank",
  country: "IT",
  currency: "EUR",
  timeZone: "Europe/Rome",
  senders: ["UNICREDIT"],
  names: ["UniCredit"],
  rules: [],
};
