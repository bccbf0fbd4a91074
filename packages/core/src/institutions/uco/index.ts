import type { InstitutionDef } from "../types";

export const uco: InstitutionDef = {
  id: "uco",
  name: "UCO Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["UCOBNK"],
  names: ["UCO Bank"],
  rules: [],
};
