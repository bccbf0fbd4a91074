import { ARGENTINA, MEXICO } from "../market";
import type { InstitutionDef } from "../types";

/**
 * Santander (ES), whose "Santander" header also serves the UK, Mexico, Argentina and Brazil: Spanish, English, Portuguese.
 * Pounds and reais print their own tokens; a bare dollar sign received at a Mexican or Argentine offset is pesos.
 */
export const santander: InstitutionDef = {
  id: "santander",
  name: "Santander",
  kind: "bank",
  country: "ES",
  currency: "EUR",
  timeZone: "Europe/Madrid",
  senders: ["SANTANDER"],
  names: ["Santander"],
  rules: [],
  markets: [MEXICO, ARGENTINA],
};
