import type { InstitutionDef } from "../types";

/** Kasikornbank (TH): Thai and English. */
export const kbank: InstitutionDef = {
  id: "kbank",
  name: "Kasikornbank",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["KBANK", "K-BANK"],
  names: ["KBank"],
  rules: [],
};
