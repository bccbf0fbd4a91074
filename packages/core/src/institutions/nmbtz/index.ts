import type { InstitutionDef } from "../types";

/** NMB Bank Tanzania (TZ): Swahili ("Kiasi cha TSH .. kimetumwa") and English. */
export const nmbtz: InstitutionDef = {
  id: "nmbtz",
  name: "NMB Bank Tanzania",
  kind: "bank",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["NMB"],
  names: ["NMB Karibu Yako"],
  rules: [],
};
