import type { InstitutionDef } from "../types";

/** Bank Mellat (IR): Persian, bare rial amounts glued to the word ("برداشت1,250,000"). */
export const mellat: InstitutionDef = {
  id: "mellat",
  name: "Bank Mellat",
  kind: "bank",
  country: "IR",
  currency: "IRR",
  timeZone: "Asia/Tehran",
  senders: ["BANK MELLAT", "BANKMELLAT", "MELLAT"],
  names: [],
  rules: [],
};
