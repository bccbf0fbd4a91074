import type { InstitutionDef } from "../types";

/** Česká spořitelna (CZ): Czech. */
export const csas: InstitutionDef = {
  id: "csas",
  name: "Česká spořitelna",
  kind: "bank",
  country: "CZ",
  currency: "CZK",
  timeZone: "Europe/Prague",
  senders: ["CSAS", "CESKASPORITELNA"],
  names: ["Česká spořitelna"],
  rules: [],
};
