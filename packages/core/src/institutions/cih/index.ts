import type { InstitutionDef } from "../types";

/** CIH Bank (MA): French alerts, dirhams as "DH" or "MAD". */
export const cih: InstitutionDef = {
  id: "cih",
  name: "CIH Bank",
  kind: "bank",
  country: "MA",
  currency: "MAD",
  timeZone: "Africa/Casablanca",
  senders: ["CIH BANK", "CIHBANK"],
  names: ["CIH Bank"],
  rules: [],
};
