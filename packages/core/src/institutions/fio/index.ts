import type { InstitutionDef } from "../types";

/** Fio banka (CZ): Czech. */
export const fio: InstitutionDef = {
  id: "fio",
  name: "Fio banka",
  kind: "bank",
  country: "CZ",
  currency: "CZK",
  timeZone: "Europe/Prague",
  senders: ["FIO"],
  names: ["Fio banka"],
  rules: [],
};
