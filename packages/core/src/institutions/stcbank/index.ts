import type { InstitutionDef } from "../types";

/** STC Bank (SA): English, one field a line. */
export const stcbank: InstitutionDef = {
  id: "stcbank",
  name: "STC Bank",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["STC BANK", "STCBANK", "STCPAY"],
  names: ["STC Bank"],
  rules: [],
};
