import type { InstitutionDef } from "../types";

/** Boubyan Bank (KW): English and Arabic, 3-decimal dinars printed "KD" or "KWD". */
export const boubyan: InstitutionDef = {
  id: "boubyan",
  name: "Boubyan Bank",
  kind: "bank",
  country: "KW",
  currency: "KWD",
  timeZone: "Asia/Kuwait",
  senders: ["BOUBYAN"],
  names: ["Boubyan", "بنك بوبيان"],
  rules: [],
};
