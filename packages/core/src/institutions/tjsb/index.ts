import type { InstitutionDef } from "../types";

export const tjsb: InstitutionDef = {
  id: "tjsb",
  name: "TJSB Sahakari Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["TJSBBK"],
  names: ["TJSB Bank", "TJSB Sahakari Bank"],
  rules: [],
};
