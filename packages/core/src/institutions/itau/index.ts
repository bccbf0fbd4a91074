import type { InstitutionDef } from "../types";

/** Itaú Unibanco (BR): Brazilian Portuguese; Pix transfers. */
export const itau: InstitutionDef = {
  id: "itau",
  name: "Itaú Unibanco",
  kind: "bank",
  country: "BR",
  currency: "BRL",
  timeZone: "America/Sao_Paulo",
  senders: ["ITAU"],
  names: ["Itaú"],
  rules: [],
};
