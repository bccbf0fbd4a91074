import type { InstitutionDef } from "../types";

/** Banque Misr (EG): Arabic and English. */
export const banquemisr: InstitutionDef = {
  id: "banquemisr",
  name: "Banque Misr",
  kind: "bank",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["BANQUEMISR", "BANQUE MISR"],
  names: ["Banque Misr", "بنك مصر"],
  rules: [],
};
