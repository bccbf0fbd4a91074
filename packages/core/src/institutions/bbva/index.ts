import { ARGENTINA, MEXICO } from "../market";
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
  // BBVA México and BBVA Argentina alerts come from the same header and print "$" for their pesos.
  markets: [MEXICO, ARGENTINA],
};
