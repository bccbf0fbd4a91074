import type { InstitutionDef, Market } from "../types";

/** NMB Bank Nepal also sends as "NMB": an alert received at Nepal's offset is in its rupees ("रु"). */
const NEPAL: Market = { utcOffsets: ["+05:45"], currency: "NPR", timeZone: "Asia/Kathmandu" };

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
  markets: [NEPAL],
  rules: [],
};
