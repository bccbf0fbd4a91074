import type { InstitutionDef } from "../types";

/** First Abu Dhabi Bank (AE): English, one field a line. */
export const fab: InstitutionDef = {
  id: "fab",
  name: "First Abu Dhabi Bank",
  kind: "bank",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["FAB", "FABBANK"],
  names: [],
  rules: [],
};
