import type { InstitutionDef } from "../types";

/** BancoEstado (CL), Spanish; "$18.990" is 18,990 pesos (no minor unit, dot grouping). */
export const bancoestado: InstitutionDef = {
  id: "bancoestado",
  name: "BancoEstado",
  kind: "bank",
  country: "CL",
  currency: "CLP",
  timeZone: "America/Santiago",
  senders: ["BANCOESTADO"],
  names: ["BancoEstado"],
  rules: [],
};
