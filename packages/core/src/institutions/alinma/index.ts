import type { InstitutionDef } from "../types";

/** Alinma Bank (SA): Arabic, one field a line. */
export const alinma: InstitutionDef = {
  id: "alinma",
  name: "Alinma Bank",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["ALINMA", "ALINMABANK"],
  names: ["Alinma"],
  rules: [],
};
