import type { InstitutionDef } from "../types";

/** DANA (ID): wallet, Indonesian ("Kamu berhasil bayar Rp45.000 ke .."); no body name, "dana" is a common word. */
export const dana: InstitutionDef = {
  id: "dana",
  name: "DANA",
  kind: "wallet",
  country: "ID",
  currency: "IDR",
  timeZone: "Asia/Jakarta",
  senders: ["DANA"],
  names: [],
  rules: [],
};
