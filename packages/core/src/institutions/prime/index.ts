import type { InstitutionDef } from "../types";

/** Prime Commercial Bank (NP): English "NPR X is withdrawn from A/C .. Good Baln". */
export const prime: InstitutionDef = {
  id: "prime",
  name: "Prime Commercial Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["PRIME_ALERT", "PCBLNPKA"],
  names: [],
  rules: [],
};
