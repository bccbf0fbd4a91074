import type { InstitutionDef } from "../types";

/** Millennium bim (MZ): Portuguese "A conta X foi debitada no valor de ..". */
export const mbim: InstitutionDef = {
  id: "mbim",
  name: "Millennium bim",
  kind: "bank",
  country: "MZ",
  currency: "MZN",
  timeZone: "Africa/Maputo",
  senders: ["MBIM", "MILLENNIUM BIM"],
  names: ["Millennium bim"],
  rules: [],
};
