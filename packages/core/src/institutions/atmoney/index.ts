import type { InstitutionDef } from "../types";

/** AT Money (GH, formerly AirtelTigo Money): English wallet alerts in GHS. */
export const atmoney: InstitutionDef = {
  id: "atmoney",
  name: "AT Money",
  kind: "wallet",
  country: "GH",
  currency: "GHS",
  timeZone: "Africa/Accra",
  senders: ["AT MONEY", "ATMONEY"],
  names: [],
  rules: [],
};
