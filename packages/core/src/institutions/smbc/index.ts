import type { InstitutionDef } from "../types";
import { SMBC_RULES } from "./rules";

/** Sumitomo Mitsui Card (JP): Japanese card notices. */
export const smbc: InstitutionDef = {
  id: "smbc",
  name: "Sumitomo Mitsui Card",
  kind: "card",
  country: "JP",
  currency: "JPY",
  timeZone: "Asia/Tokyo",
  senders: ["SMBC-CARD", "SMBC"],
  names: ["三井住友カード"],
  rules: SMBC_RULES,
};
