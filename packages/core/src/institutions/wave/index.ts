import type { InstitutionDef } from "../types";

/** Wave (SN, CI): French wallet alerts, francs CFA as "F" after the amount ("12.500F"). */
export const wave: InstitutionDef = {
  id: "wave",
  name: "Wave",
  kind: "wallet",
  country: "SN",
  currency: "XOF",
  timeZone: "Africa/Dakar",
  senders: ["WAVE"],
  names: [],
  rules: [],
};
