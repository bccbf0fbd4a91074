import type { InstitutionDef } from "../types";

/** Garanti BBVA (TR): Turkish, often without diacritics. */
export const garanti: InstitutionDef = {
  id: "garanti",
  name: "Garanti BBVA",
  kind: "card",
  country: "TR",
  currency: "TRY",
  timeZone: "Europe/Istanbul",
  senders: ["GARANTIBBVA", "GARANTI", "GARANTI BBVA"],
  names: ["Garanti BBVA"],
  rules: [],
};
