import type { InstitutionDef } from "../types";

/** Mashreq (AE): English. */
export const mashreq: InstitutionDef = {
  id: "mashreq",
  name: "Mashreq",
  kind: "bank",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["MASHREQ", "SHREQ"],
  names: ["Mashreq"],
  rules: [],
};
