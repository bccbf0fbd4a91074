import type { InstitutionDef } from "../types";

/** National Bank of Oman: English and Arabic, 3-decimal rials. */
export const nbo: InstitutionDef = {
  id: "nbo",
  name: "National Bank of Oman",
  kind: "bank",
  country: "OM",
  currency: "OMR",
  timeZone: "Asia/Muscat",
  senders: ["NBO"],
  names: ["National Bank of Oman"],
  rules: [],
};
