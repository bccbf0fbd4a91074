import type { InstitutionDef } from "../types";

/** Government Savings Bank (TH): Thai. */
export const gsb: InstitutionDef = {
  id: "gsb",
  name: "Government Savings Bank",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["GSB", "MYMO"],
  names: [],
  rules: [],
};
