import type { InstitutionDef } from "../types";

/** Arab Bank (JO): English and Arabic; JOD with 3 decimals. */
export const arabbank: InstitutionDef = {
  id: "arabbank",
  name: "Arab Bank",
  kind: "bank",
  country: "JO",
  currency: "JOD",
  timeZone: "Asia/Amman",
  senders: ["ARABBANK", "ARAB BANK"],
  names: ["Arab Bank"],
  rules: [],
};
