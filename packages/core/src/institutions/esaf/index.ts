import type { InstitutionDef } from "../types";

export const esaf: InstitutionDef = {
  id: "esaf",
  name: "ESAF Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["ESAFSB", "ESAFBK"],
  names: ["ESAF Small Finance Bank", "ESAF SFB"],
  rules: [],
};
