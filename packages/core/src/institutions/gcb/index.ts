import type { InstitutionDef } from "../types";
import { GCB_RULES } from "./rules";

/** GCB Bank (GH): English, "A/C ...1234 Debit GHS 10.00". */
export const gcb: InstitutionDef = {
  id: "gcb",
  name: "GCB Bank",
  kind: "bank",
  country: "GH",
  currency: "GHS",
  timeZone: "Africa/Accra",
  senders: ["GCB", "GCBBANK"],
  names: ["GCB Bank"],
  rules: GCB_RULES,
};
