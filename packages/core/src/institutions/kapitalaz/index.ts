import type { InstitutionDef } from "../types";

/** Kapital Bank (AZ): Azerbaijani, often without its letters ("odenis" for "ödəniş"); manat. */
export const kapitalaz: InstitutionDef = {
  id: "kapitalaz",
  name: "Kapital Bank",
  kind: "bank",
  country: "AZ",
  currency: "AZN",
  timeZone: "Asia/Baku",
  senders: ["KAPITAL BANK"],
  names: ["Kapital Bank"],
  rules: [],
};
