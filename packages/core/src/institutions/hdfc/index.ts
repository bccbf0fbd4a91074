import type { InstitutionDef } from "../types";
import { HDFC_RULES } from "./rules";

export const hdfc: InstitutionDef = {
  id: "hdfc",
  name: "HDFC Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["HDFCBK", "HDFCBN", "HDFCCC", "HDFCLN"],
  senderPrefixes: ["HDFC"],
  names: ["HDFC Bank", "HDFC"],
  rules: HDFC_RULES,
};
