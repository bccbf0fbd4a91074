import type { InstitutionDef } from "../types";

/** Bandhan Bank (IN): English and Bengali alerts; "টাকা" in its Bengali alerts is the rupee. */
export const bandhan: InstitutionDef = {
  id: "bandhan",
  name: "Bandhan Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BANDHN", "BANDHAN"],
  names: ["Bandhan Bank"],
  rules: [],
};
