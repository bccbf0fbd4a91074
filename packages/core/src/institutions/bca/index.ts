import type { InstitutionDef } from "../types";

/** Bank Central Asia (ID): Indonesian. */
export const bca: InstitutionDef = {
  id: "bca",
  name: "Bank Central Asia",
  kind: "bank",
  country: "ID",
  currency: "IDR",
  timeZone: "Asia/Jakarta",
  senders: ["BCA", "BANKBCA"],
  names: ["Bank BCA"],
  rules: [],
};
