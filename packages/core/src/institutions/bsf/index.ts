import type { InstitutionDef } from "../types";

/** Banque Saudi Fransi (SA): Arabic. */
export const bsf: InstitutionDef = {
  id: "bsf",
  name: "Banque Saudi Fransi",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["BSF"],
  names: [],
  rules: [],
};
