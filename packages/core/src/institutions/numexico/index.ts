import type { InstitutionDef } from "../types";

/** Nu México (MX): Spanish; "$" is the Mexican peso. */
export const numexico: InstitutionDef = {
  id: "numexico",
  name: "Nu México",
  kind: "bank",
  country: "MX",
  currency: "MXN",
  timeZone: "America/Mexico_City",
  senders: ["NU", "NUMEXICO"],
  names: ["Nu México"],
  rules: [],
};
