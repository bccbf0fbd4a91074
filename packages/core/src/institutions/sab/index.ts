import type { InstitutionDef } from "../types";

/** SAB (SA): Arabic, one field a line. */
export const sab: InstitutionDef = {
  id: "sab",
  name: "SAB",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["SAB", "SABB"],
  names: [],
  rules: [],
};
