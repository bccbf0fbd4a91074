import type { InstitutionDef } from "../types";

/** NIC Asia Bank (NP): English. */
export const nicasia: InstitutionDef = {
  id: "nicasia",
  name: "NIC Asia Bank",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["NICASIA", "NIC ASIA"],
  names: ["NIC Asia"],
  rules: [],
};
