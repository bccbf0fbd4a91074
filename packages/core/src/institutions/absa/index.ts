import type { InstitutionDef } from "../types";
import { ABSA_RULES } from "./rules";

/** Absa (ZA): terse English alerts, "Chq1234, WDL ATM, R800.00, <date> <place>, Available R..". */
export const absa: InstitutionDef = {
  id: "absa",
  name: "Absa",
  kind: "bank",
  country: "ZA",
  currency: "ZAR",
  timeZone: "Africa/Johannesburg",
  senders: ["ABSA"],
  names: ["Absa"],
  rules: ABSA_RULES,
};
