import type { InstitutionDef } from "../types";
import { PRIVATBANK_RULES } from "./rules";

/** PrivatBank (UA): Ukrainian card alerts ("350.00UAH Списання. SILPO. 4*12"). */
export const privatbank: InstitutionDef = {
  id: "privatbank",
  name: "PrivatBank",
  kind: "bank",
  country: "UA",
  currency: "UAH",
  timeZone: "Europe/Kyiv",
  senders: ["PRIVATBANK"],
  names: ["ПриватБанк"],
  rules: PRIVATBANK_RULES,
};
