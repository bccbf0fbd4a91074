import type { InstitutionDef } from "../types";

/** D360 Bank (SA): English, one field a line. */
export const d360: InstitutionDef = {
  id: "d360",
  name: "D360 Bank",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["D360BANK", "D360"],
  names: ["D360 Bank"],
  rules: [],
};
