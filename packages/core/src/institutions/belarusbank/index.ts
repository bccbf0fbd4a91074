import type { InstitutionDef } from "../types";

/** Belarusbank (BY): Russian, transliterated. */
export const belarusbank: InstitutionDef = {
  id: "belarusbank",
  name: "Belarusbank",
  kind: "bank",
  country: "BY",
  currency: "BYN",
  timeZone: "Europe/Minsk",
  senders: ["BELARUSBANK", "BELARUSBANKSMS"],
  names: ["Belarusbank"],
  rules: [],
};
