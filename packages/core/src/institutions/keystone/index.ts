import type { InstitutionDef } from "../types";

/** Keystone Bank (NG): English, "Debit!"/"Credit!" headline. */
export const keystone: InstitutionDef = {
  id: "keystone",
  name: "Keystone Bank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["KEYSTONE"],
  names: ["Keystone Bank"],
  rules: [],
};
