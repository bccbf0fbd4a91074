import type { InstitutionDef } from "../types";

/** Indian Bank (IN): English and Tamil alerts ("ரூ.3,000.00 வரவு வைக்கப்பட்டது", `locales/packs/ta.ts`). No body name:
 * "Indian Bank" is inside "South Indian Bank", another bank. */
export const indianbank: InstitutionDef = {
  id: "indianbank",
  name: "Indian Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["INDBNK", "INDIANBK", "INDBKS"],
  names: [],
  rules: [],
};
