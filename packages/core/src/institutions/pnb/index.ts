import type { InstitutionDef } from "../types";
import { PNB_RULES } from "./rules";

export const pnb: InstitutionDef = {
  id: "pnb",
  name: "Punjab National Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["PNBSMS", "PNBBNK", "PUNBNK"],
  senderPrefixes: ["PNB"],
  names: ["Punjab National Bank", "PNB"],
  rules: PNB_RULES,
};
