import type { InstitutionDef } from "../types";

export const amazonpay: InstitutionDef = {
  id: "amazonpay",
  name: "Amazon Pay",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AMAZON", "AMZPAY", "APAYIN"],
  names: ["Amazon Pay"],
  rules: [],
};
