import type { InstitutionDef } from "../types";

/** Bank of America: English, short code 73981. */
export const bofa: InstitutionDef = {
  id: "bofa",
  name: "Bank of America",
  kind: "bank",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["73981"],
  names: ["Bank of America", "BofA"],
  rules: [],
};
