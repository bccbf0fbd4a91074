import type { InstitutionDef } from "../types";

/** Kaspi.kz (KZ): Russian, transliterated; tenge printed as "tg". */
export const kaspi: InstitutionDef = {
  id: "kaspi",
  name: "Kaspi.kz",
  kind: "bank",
  country: "KZ",
  currency: "KZT",
  timeZone: "Asia/Almaty",
  senders: ["KASPI.KZ", "KASPI"],
  names: ["Kaspi"],
  rules: [],
};
