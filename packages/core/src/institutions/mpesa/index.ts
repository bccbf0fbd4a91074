import type { InstitutionDef } from "../types";
import { MPESA_RULES } from "./rules";

export const mpesa: InstitutionDef = {
  id: "mpesa",
  name: "M-PESA",
  kind: "wallet",
  country: "KE",
  currency: "KES",
  timeZone: "Africa/Nairobi",
  senders: ["MPESA", "SAFARICOM"],
  senderPrefixes: ["MPESA", "M-PESA"],
  names: ["M-PESA"],
  rules: MPESA_RULES,
};
