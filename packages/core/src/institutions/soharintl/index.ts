import type { InstitutionDef } from "../types";

/** Sohar International (OM): Arabic, 3-decimal rials as "ر.ع". */
export const soharintl: InstitutionDef = {
  id: "soharintl",
  name: "Sohar International",
  kind: "bank",
  country: "OM",
  currency: "OMR",
  timeZone: "Asia/Muscat",
  senders: ["SOHARINTL", "SOHAR INTL"],
  names: ["Sohar International"],
  rules: [],
};
