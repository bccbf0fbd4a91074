import type { InstitutionDef } from "../types";

/** Venmo (US): PayPal's person-to-person wallet, English ("X paid you $40.00", "X requests $15.00"). */
export const venmo: InstitutionDef = {
  id: "venmo",
  name: "Venmo",
  kind: "wallet",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["VENMO"],
  names: ["Venmo"],
  rules: [],
};
