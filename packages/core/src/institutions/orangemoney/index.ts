import { CENTRAL_CFA } from "../cfa";
import type { InstitutionDef } from "../types";

/** Orange Money (CI, SN, ML; CM from +01:00): French wallet alerts in FCFA. */
export const orangemoney: InstitutionDef = {
  id: "orangemoney",
  name: "Orange Money",
  kind: "wallet",
  country: "CI",
  currency: "XOF",
  timeZone: "Africa/Abidjan",
  senders: ["ORANGEMONEY", "ORANGE MONEY"],
  names: [],
  rules: [],
  // Orange Money Cameroon (+01:00) prints FCFA too: Central African francs there.
  markets: [CENTRAL_CFA],
};
