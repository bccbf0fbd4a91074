import type { InstitutionDef } from "../types";

/** Zemen Bank (ET): English, "Birr" or "ETB". */
export const zemen: InstitutionDef = {
  id: "zemen",
  name: "Zemen Bank",
  kind: "bank",
  country: "ET",
  currency: "ETB",
  timeZone: "Africa/Addis_Ababa",
  senders: ["ZEMEN BANK", "ZEMENBANK"],
  names: ["Zemen Bank"],
  rules: [],
};
