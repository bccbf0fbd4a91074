import type { InstitutionDef } from "../types";

/** Tenpo (CL): prepaid card and wallet, Spanish; "$42.300" is pesos. */
export const tenpo: InstitutionDef = {
  id: "tenpo",
  name: "Tenpo",
  kind: "wallet",
  country: "CL",
  currency: "CLP",
  timeZone: "America/Santiago",
  senders: ["TENPO"],
  names: ["Tenpo"],
  rules: [],
};
