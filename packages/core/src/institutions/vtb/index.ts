import type { InstitutionDef } from "../types";

/** VTB (RU): Russian. */
export const vtb: InstitutionDef = {
  id: "vtb",
  name: "VTB",
  kind: "bank",
  country: "RU",
  currency: "RUB",
  timeZone: "Europe/Moscow",
  senders: ["VTB"],
  names: ["ВТБ"],
  rules: [],
};
