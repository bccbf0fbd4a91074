import type { InstitutionDef } from "../types";
import { WEMA_RULES } from "./rules";

/** Wema Bank and its ALAT app (NG): English, "Debit NGN 500.00 on acct ***1234". */
export const wema: InstitutionDef = {
  id: "wema",
  name: "Wema Bank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["ALAT", "WEMABANK", "WEMA BANK"],
  names: ["Wema Bank"],
  rules: WEMA_RULES,
};
