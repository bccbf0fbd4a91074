import type { InstitutionDef } from "../types";

/** Bangkok Bank (TH): Thai and English, "Bal"/"คงเหลือ". */
export const bbl: InstitutionDef = {
  id: "bbl",
  name: "Bangkok Bank",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["BBL", "BANGKOKBANK"],
  names: ["Bangkok Bank"],
  rules: [],
};
