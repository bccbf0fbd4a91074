import type { InstitutionDef } from "../types";

/** Housing Bank for Trade and Finance (JO): Arabic and English, 3-decimal dinars. */
export const hbtf: InstitutionDef = {
  id: "hbtf",
  name: "Housing Bank",
  kind: "bank",
  country: "JO",
  currency: "JOD",
  timeZone: "Asia/Amman",
  senders: ["HBTF", "HOUSINGBANK"],
  names: ["بنك الإسكان", "Housing Bank"],
  rules: [],
};
