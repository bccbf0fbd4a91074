import type { InstitutionDef } from "../types";

/** TNM Mpamba (MW): English and Chichewa wallet alerts, kwacha as "MK". */
export const mpamba: InstitutionDef = {
  id: "mpamba",
  name: "TNM Mpamba",
  kind: "wallet",
  country: "MW",
  currency: "MWK",
  timeZone: "Africa/Blantyre",
  senders: ["MPAMBA", "TNM MPAMBA"],
  names: [],
  rules: [],
};
