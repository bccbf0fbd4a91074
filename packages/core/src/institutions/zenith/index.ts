import type { InstitutionDef } from "../types";

/** Zenith Bank (NG): English, "DR Amt:"/"CR Amt:" with no currency. */
export const zenith: InstitutionDef = {
  id: "zenith",
  name: "Zenith Bank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["ZENITHBANK", "ZENITH"],
  names: ["Zenith Bank"],
  rules: [],
};
