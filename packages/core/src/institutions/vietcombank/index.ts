import type { InstitutionDef } from "../types";

/** Vietcombank (VN): Vietnamese without diacritics; signed amounts ("-150,000VND"). */
export const vietcombank: InstitutionDef = {
  id: "vietcombank",
  name: "Vietcombank",
  kind: "bank",
  country: "VN",
  currency: "VND",
  timeZone: "Asia/Ho_Chi_Minh",
  senders: ["VIETCOMBANK", "VCB"],
  names: ["Vietcombank"],
  rules: [],
};
