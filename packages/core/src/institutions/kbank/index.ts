import type { InstitutionDef } from "../types";
import { KBANK_RULES } from "./rules";

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
  rules: KBANK_RULES,
};
