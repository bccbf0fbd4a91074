import type { InstitutionDef } from "../types";

/** Caisse d'Epargne (FR): French alerts, decimal comma. */
export const caisseepargne: InstitutionDef = {
  id: "caisseepargne",
  name: "Caisse d'Epargne",
  kind: "bank",
  country: "FR",
  currency: "EUR",
  timeZone: "Europe/Paris",
  senders: ["CAISSEEPARGNE"],
  names: ["Caisse d'Epargne"],
  rules: [],
};
