import type { InstitutionDef } from "../types";

export const idfc: InstitutionDef = {
  id: "idfc",
  name: "IDFC FIRST Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["IDFCFB", "IDFCBK"],
  senderPrefixes: ["IDFC"],
  names: ["IDFC FIRST", "IDFC"],
  rules: [],
};
