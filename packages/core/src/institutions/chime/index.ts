import type { InstitutionDef } from "../types";

/** Chime (US): app bank, English ("A $312.00 transfer .. hit your Spending Account"). */
export const chime: InstitutionDef = {
  id: "chime",
  name: "Chime",
  kind: "bank",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["CHIME"],
  names: ["Chime"],
  rules: [],
};
