import type { InstitutionDef } from "../types";

/** Kuda (NG) digital bank: English. */
export const kuda: InstitutionDef = {
  id: "kuda",
  name: "Kuda",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["KUDA"],
  names: ["Kuda"],
  rules: [],
};
