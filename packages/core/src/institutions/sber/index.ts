import type { InstitutionDef } from "../types";

/** Sberbank (RU): Russian, short code 900. */
export const sber: InstitutionDef = {
  id: "sber",
  name: "Sberbank",
  kind: "bank",
  country: "RU",
  currency: "RUB",
  timeZone: "Europe/Moscow",
  senders: ["900", "SBERBANK"],
  names: ["Sberbank"],
  rules: [],
};
