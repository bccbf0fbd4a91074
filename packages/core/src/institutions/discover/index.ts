import type { InstitutionDef } from "../types";

/** Discover (US) cards: English, short code 347268. */
export const discover: InstitutionDef = {
  id: "discover",
  name: "Discover",
  kind: "card",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["347268"],
  names: ["Discover"],
  rules: [],
};
