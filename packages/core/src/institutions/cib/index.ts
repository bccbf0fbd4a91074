import type { InstitutionDef } from "../types";

/** CIB Egypt (EG): English "was charged for EGP ..". */
export const cib: InstitutionDef = {
  id: "cib",
  name: "CIB Egypt",
  kind: "bank",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["CIB"],
  names: ["البنك التجاري الدولي"],
  rules: [],
};
