import type { InstitutionDef } from "../types";

/** MTN MoMo Rwanda, header "M-Money": English alerts behind a USSD prefix ("*165*S*"), francs without decimals. */
export const mtnrw: InstitutionDef = {
  id: "mtnrw",
  name: "MTN MoMo Rwanda",
  kind: "wallet",
  country: "RW",
  currency: "RWF",
  timeZone: "Africa/Kigali",
  senders: ["M-MONEY", "MTN MOMO RW"],
  names: [],
  rules: [],
};
