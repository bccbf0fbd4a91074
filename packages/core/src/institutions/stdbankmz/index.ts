import type { InstitutionDef } from "../types";

/** Standard Bank Mozambique (MZ): Portuguese, decimal comma. */
export const stdbankmz: InstitutionDef = {
  id: "stdbankmz",
  name: "Standard Bank Mozambique",
  kind: "bank",
  country: "MZ",
  currency: "MZN",
  timeZone: "Africa/Maputo",
  senders: ["STDBANK", "STANDARDBANK"],
  names: [],
  rules: [],
};
