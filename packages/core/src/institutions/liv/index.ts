import type { InstitutionDef } from "../types";

/** Liv (AE): English (Emirates NBD's digital bank). */
export const liv: InstitutionDef = {
  id: "liv",
  name: "Liv",
  kind: "bank",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["LIV"],
  names: ["Liv Bank"],
  rules: [],
};
