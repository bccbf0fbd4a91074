import type { InstitutionDef } from "../types";

/** ABB, the International Bank of Azerbaijan: Azerbaijani ("medaxil olundu"); manat. */
export const abb: InstitutionDef = {
  id: "abb",
  name: "ABB",
  kind: "bank",
  country: "AZ",
  currency: "AZN",
  timeZone: "Asia/Baku",
  senders: ["ABB"],
  names: [],
  rules: [],
};
