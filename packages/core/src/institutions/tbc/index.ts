import type { InstitutionDef } from "../types";

/** TBC Bank (GE): Georgian in its script or transliterated ("gadakhda 24.50 GEL .. Nashti: .."); lari. */
export const tbc: InstitutionDef = {
  id: "tbc",
  name: "TBC Bank",
  kind: "bank",
  country: "GE",
  currency: "GEL",
  timeZone: "Asia/Tbilisi",
  senders: ["TBC BANK", "TBC"],
  names: ["TBC Bank"],
  rules: [],
};
