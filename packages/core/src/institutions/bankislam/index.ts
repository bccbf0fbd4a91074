import type { InstitutionDef } from "../types";

/** Bank Islam Malaysia (MY): Malay ("Kad debit ***1234 digunakan RM 45.00 di .."). */
export const bankislam: InstitutionDef = {
  id: "bankislam",
  name: "Bank Islam",
  kind: "bank",
  country: "MY",
  currency: "MYR",
  timeZone: "Asia/Kuala_Lumpur",
  senders: ["BANKISLAM", "BANK ISLAM"],
  names: ["Bank Islam"],
  rules: [],
};
