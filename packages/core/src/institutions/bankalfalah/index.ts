import type { InstitutionDef } from "../types";

/** Bank Alfalah (PK): English card and account alerts; "Rs" is PKR. */
export const bankalfalah: InstitutionDef = {
  id: "bankalfalah",
  name: "Bank Alfalah",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["BANKALFALAH", "ALFALAH"],
  names: ["Bank Alfalah"],
  rules: [],
};
