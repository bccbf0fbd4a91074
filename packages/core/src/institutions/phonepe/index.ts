import type { InstitutionDef } from "../types";

export const phonepe: InstitutionDef = {
  id: "phonepe",
  name: "PhonePe",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["PHONPE", "PHNEPE"],
  senderPrefixes: ["PHONEPE"],
  names: ["PhonePe"],
  rules: [],
};
