import type { InstitutionDef } from "../types";

/** Access Bank (NG): English, one field a line ("Amt:NGN20,400.00"). */
export const access: InstitutionDef = {
  id: "access",
  name: "Access Bank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["ACCESSBANK", "ACCESS"],
  names: ["Access Bank"],
  rules: [],
};
