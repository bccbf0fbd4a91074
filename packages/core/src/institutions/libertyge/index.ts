import type { InstitutionDef } from "../types";

/** Liberty Bank (GE): transliterated Georgian ("bankomatidan gatanili 100.00 GEL"); lari. */
export const libertyge: InstitutionDef = {
  id: "libertyge",
  name: "Liberty Bank",
  kind: "bank",
  country: "GE",
  currency: "GEL",
  timeZone: "Asia/Tbilisi",
  senders: ["LIBERTY BANK", "LIBERTYBANK"],
  names: [],
  rules: [],
};
