import type { InstitutionDef } from "../types";
import { ENBD_RULES } from "./rules";

export const enbd: InstitutionDef = {
  id: "enbd",
  name: "Emirates NBD",
  kind: "card",
  country: "AE",
  currency: "AED",
  timeZone: "Asia/Dubai",
  senders: ["ENBD", "EMIRNB", "EMIRATESNBD", "EMIRATESNB"],
  dlt: true,
  names: ["Emirates NBD"],
  rules: ENBD_RULES,
};
