import type { InstitutionDef } from "../types";
import { OVO_RULES } from "./rules";

/** OVO (ID) wallet: Indonesian, rupiah as "Rp" with dot groups. */
export const ovo: InstitutionDef = {
  id: "ovo",
  name: "OVO",
  kind: "wallet",
  country: "ID",
  currency: "IDR",
  timeZone: "Asia/Jakarta",
  senders: ["OVO"],
  names: ["OVO"],
  rules: OVO_RULES,
};
