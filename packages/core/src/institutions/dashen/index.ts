import type { InstitutionDef } from "../types";

/** Dashen Bank (ET): English. */
export const dashen: InstitutionDef = {
  id: "dashen",
  name: "Dashen Bank",
  kind: "bank",
  country: "ET",
  currency: "ETB",
  timeZone: "Africa/Addis_Ababa",
  senders: ["DASHEN BANK", "DASHENBANK"],
  names: ["Dashen Bank"],
  rules: [],
};
