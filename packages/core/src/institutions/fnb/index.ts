import type { InstitutionDef } from "../types";

/** First National Bank (ZA): terse English alerts, "FNB :-) R450.00 paid from Cheq a/c..123456 @ MERCHANT". */
export const fnb: InstitutionDef = {
  id: "fnb",
  name: "FNB",
  kind: "bank",
  country: "ZA",
  currency: "ZAR",
  timeZone: "Africa/Johannesburg",
  senders: ["FNB"],
  names: ["First National Bank"],
  rules: [],
};
