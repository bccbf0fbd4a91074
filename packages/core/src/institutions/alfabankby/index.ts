import type { InstitutionDef } from "../types";

/** Alfa-Bank Belarus (BY): Russian, its own rouble printed "р." ("Снятие наличных 200,00 р."). */
export const alfabankby: InstitutionDef = {
  id: "alfabankby",
  name: "Alfa-Bank Belarus",
  kind: "bank",
  country: "BY",
  currency: "BYN",
  timeZone: "Europe/Minsk",
  senders: ["ALFA-BANK BY", "ALFABANK.BY", "ALFABANKBY"],
  names: ["Альфа-Банк Беларусь"],
  rules: [],
};
