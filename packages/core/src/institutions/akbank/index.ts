import type { InstitutionDef } from "../types";

/** Akbank (TR): Turkish, often without diacritics. */
export const akbank: InstitutionDef = {
  id: "akbank",
  name: "Akbank",
  kind: "bank",
  country: "TR",
  currency: "TRY",
  timeZone: "Europe/Istanbul",
  senders: ["AKBANK"],
  names: ["Akbank"],
  rules: [],
};
