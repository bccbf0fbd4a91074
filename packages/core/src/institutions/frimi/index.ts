import type { InstitutionDef } from "../types";

/** FriMi (LK, Nations Trust) digital bank: English, rupees as "Rs" meaning LKR. */
export const frimi: InstitutionDef = {
  id: "frimi",
  name: "FriMi",
  kind: "wallet",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["FRIMI"],
  names: ["FriMi"],
  rules: [],
};
