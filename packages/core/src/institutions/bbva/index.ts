import type { InstitutionDef } from "../types";

/** BBVA (ES, and BBVA México from the same "BBVA" header): Spanish. */
export const bbva: InstitutionDef = {
  id: "bbva",
  name: "BBVA",
  kind: "bank",
  country: "ES",
  currency: "EUR",
  timeZone: "Europe/Madrid",
  senders: ["BBVA"],
  names: ["BBVA"],
  rules: [],
  // BBVA México alerts come from the same header and print "$" for pesos; Mexico's zones are UTC-5 to UTC-8.
  markets: [
    { utcOffsets: ["-05:00", "-06:00", "-07:00", "-08:00"], currency: "MXN", timeZone: "America/Mexico_City" },
    { utcOffsets: ["-03:00"], currency: "ARS", timeZone: "America/Argentina/Buenos_Aires" },
  ],
};
