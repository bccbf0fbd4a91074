import type { InstitutionDef } from "../types";

/**
 * Santander (ES), whose "Santander" header also serves the UK, Mexico and Brazil: Spanish, English, Portuguese.
 * Pounds and reais print their own tokens; a bare dollar sign received at a Mexican offset is pesos (`markets`).
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
  markets: [
    { utcOffsets: ["-05:00", "-06:00", "-07:00", "-08:00"], currency: "MXN", timeZone: "America/Mexico_City" },
    { utcOffsets: ["-03:00"], currency: "ARS", timeZone: "America/Argentina/Buenos_Aires" },
  ],
};
