import type { InstitutionDef } from "../types";

/** Bank Melli (IR): Persian, "مبلغ X ریال". */
export const melli: InstitutionDef = {
  id: "melli",
  name: "Bank Melli",
  kind: "bank",
  country: "IR",
  currency: "IRR",
  timeZone: "Asia/Tehran",
  senders: ["MELLI", "MELLIBANK", "BANK MELLI", "BANKMELLI"],
  names: [],
  rules: [],
};
