import type { InstitutionDef } from "../types";

/** Bank of Georgia (GE): Georgian script or transliterated, English; lari. */
export const bog: InstitutionDef = {
  id: "bog",
  name: "Bank of Georgia",
  kind: "bank",
  country: "GE",
  currency: "GEL",
  timeZone: "Asia/Tbilisi",
  senders: ["BOG", "BANK OF GEORGIA"],
  names: ["Bank of Georgia"],
  rules: [],
};
