import type { InstitutionDef } from "../types";

/** Alfa-Bank (RU): Russian. */
export const alfabank: InstitutionDef = {
  id: "alfabank",
  name: "Alfa-Bank",
  kind: "bank",
  country: "RU",
  currency: "RUB",
  timeZone: "Europe/Moscow",
  senders: ["ALFA-BANK", "ALFABANK"],
  names: ["Alfa-Bank", "Альфа-Банк"],
  rules: [],
};
