import type { InstitutionDef } from "../types";

/** KTC (TH): credit card, Thai and English. */
export const ktc: InstitutionDef = {
  id: "ktc",
  name: "KTC",
  kind: "card",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["KTC"],
  names: [],
  rules: [],
};
