import type { InstitutionDef } from "../types";

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
  rules: [],
};
