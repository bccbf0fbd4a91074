import type { InstitutionDef } from "../types";

/** Capital One (US): English, short code 227898. */
export const capitalone: InstitutionDef = {
  id: "capitalone",
  name: "Capital One",
  kind: "card",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["227898"],
  names: ["Capital One"],
  rules: [],
};
