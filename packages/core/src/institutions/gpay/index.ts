import type { InstitutionDef } from "../types";

export const gpay: InstitutionDef = {
  id: "gpay",
  name: "Google Pay",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["GOOGPY", "GPAYIN"],
  names: ["Google Pay"],
  rules: [],
};
