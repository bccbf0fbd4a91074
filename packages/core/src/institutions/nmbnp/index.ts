import type { InstitutionDef } from "../types";

/** NMB Bank Nepal (NP): English, headed "NMB_ALERT:". */
export const nmbnp: InstitutionDef = {
  id: "nmbnp",
  name: "NMB Bank Nepal",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["NMB_ALERT"],
  names: [],
  rules: [],
};
