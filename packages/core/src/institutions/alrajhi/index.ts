import type { InstitutionDef } from "../types";
import { ALRAJHI_RULES } from "./rules";

/** Al Rajhi Bank (SA): Arabic and English, one field a line ("Amount:", "مبلغ:"). */
export const alrajhi: InstitutionDef = {
  id: "alrajhi",
  name: "Al Rajhi Bank",
  kind: "bank",
  country: "SA",
  currency: "SAR",
  timeZone: "Asia/Riyadh",
  senders: ["ALRAJHIBANK", "ALRAJHI"],
  names: ["Al Rajhi", "مصرف الراجحي", "بنك الراجحي"],
  rules: ALRAJHI_RULES,
};
