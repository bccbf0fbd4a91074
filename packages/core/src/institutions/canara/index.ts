import type { InstitutionDef } from "../types";
import { CANARA_RULES } from "./rules";

export const canara: InstitutionDef = {
  id: "canara",
  name: "Canara Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["CANBNK", "CANARA", "CNRBNK"],
  senderPrefixes: ["CANB"],
  names: ["Canara Bank"],
  rules: CANARA_RULES,
};
