import type { InstitutionDef } from "../types";
import { FAYSAL_RULES } from "./rules";

/** Faysal Bank (PK): English "PKR X received .. in FBL A/C". */
export const faysal: InstitutionDef = {
  id: "faysal",
  name: "Faysal Bank",
  kind: "bank",
  country: "PK",
  currency: "PKR",
  timeZone: "Asia/Karachi",
  senders: ["FBL", "9220", "8756"],
  names: ["Faysal Bank"],
  rules: FAYSAL_RULES,
};
