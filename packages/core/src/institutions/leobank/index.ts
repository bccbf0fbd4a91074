import type { InstitutionDef } from "../types";

/** Leobank (AZ): digital bank, Azerbaijani; manat. */
export const leobank: InstitutionDef = {
  id: "leobank",
  name: "Leobank",
  kind: "bank",
  country: "AZ",
  currency: "AZN",
  timeZone: "Asia/Baku",
  senders: ["LEOBANK"],
  names: ["Leobank"],
  rules: [],
};
