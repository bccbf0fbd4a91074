import type { InstitutionDef } from "../types";

/** Sparkasse (DE): German Kontowecker alerts, decimal comma. */
export const sparkasse: InstitutionDef = {
  id: "sparkasse",
  name: "Sparkasse",
  kind: "bank",
  country: "DE",
  currency: "EUR",
  timeZone: "Europe/Berlin",
  senders: ["SPARKASSE"],
  names: ["Sparkasse"],
  rules: [],
};
