import type { InstitutionDef } from "../types";

/** Global IME Bank (NP): English and Nepali. */
export const gibl: InstitutionDef = {
  id: "gibl",
  name: "Global IME Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["GIBL", "GLOBALIME", "GLOBAL IME"],
  names: ["Global IME", "ग्लोबल आईएमई"],
  rules: [],
};
