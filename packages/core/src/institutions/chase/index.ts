import type { InstitutionDef } from "../types";
import { CHASE_RULES } from "./rules";

export const chase: InstitutionDef = {
  id: "chase",
  name: "Chase",
  kind: "card",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["CHASE", "24273"],
  names: [],
  rules: CHASE_RULES,
};
