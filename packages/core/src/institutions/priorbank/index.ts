import type { InstitutionDef } from "../types";

/** Priorbank (BY): Russian in Latin transliteration ("Oplata 12.90 BYN. Dostupno:"). */
export const priorbank: InstitutionDef = {
  id: "priorbank",
  name: "Priorbank",
  kind: "bank",
  country: "BY",
  currency: "BYN",
  timeZone: "Europe/Minsk",
  senders: ["PRIORBANK"],
  names: ["Priorbank"],
  rules: [],
};
