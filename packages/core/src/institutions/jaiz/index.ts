import type { InstitutionDef } from "../types";
import { JAIZ_RULES } from "./rules";

/** Jaiz Bank (NG): English, "Amt:N50.00DR". */
export const jaiz: InstitutionDef = {
  id: "jaiz",
  name: "Jaiz Bank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["JAIZ", "JAIZBANK"],
  names: ["Jaiz Bank"],
  rules: JAIZ_RULES,
};
