import type { InstitutionDef } from "../types";

/** e-Mola (MZ): English and Portuguese, "100.00MT". */
export const emola: InstitutionDef = {
  id: "emola",
  name: "e-Mola",
  kind: "wallet",
  country: "MZ",
  currency: "MZN",
  timeZone: "Africa/Maputo",
  senders: ["EMOLA", "E-MOLA"],
  names: ["e-Mola"],
  rules: [],
};
