import type { InstitutionDef } from "../types";

export const kfin: InstitutionDef = {
  id: "kfin",
  name: "KFintech",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["KFINTK", "KFINMF"],
  names: [],
  rules: [],
};
