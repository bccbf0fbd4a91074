import type { InstitutionDef } from "../types";

/** Bank Saderat Iran: Persian. */
export const saderat: InstitutionDef = {
  id: "saderat",
  name: "Bank Saderat",
  kind: "bank",
  country: "IR",
  currency: "IRR",
  timeZone: "Asia/Tehran",
  senders: ["SADERAT", "BANK SADERAT"],
  names: ["بانک صادرات"],
  rules: [],
};
