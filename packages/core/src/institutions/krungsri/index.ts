import type { InstitutionDef } from "../types";

/** Krungsri (Bank of Ayudhya) (TH): Thai and English. */
export const krungsri: InstitutionDef = {
  id: "krungsri",
  name: "Krungsri (Bank of Ayudhya)",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["BAY", "KRUNGSRI"],
  names: ["Krungsri"],
  rules: [],
};
