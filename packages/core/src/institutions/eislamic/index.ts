import type { InstitutionDef } from "../types";

/** Emirates Islamic (AE): English. */
export const eislamic: InstitutionDef = {
  id: "eislamic",
  name: "Emirates Islamic",
  kind: "bank",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["EI SMS", "EISMS", "EI"],
  names: ["Emirates Islamic"],
  rules: [],
};
