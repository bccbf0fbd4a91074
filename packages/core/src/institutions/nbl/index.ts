import type { InstitutionDef } from "../types";

/** Nepal Bank (NP): English, terse "##001 credited NPR ..". */
export const nbl: InstitutionDef = {
  id: "nbl",
  name: "Nepal Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["NBL_ALERT"],
  names: [],
  rules: [],
};
