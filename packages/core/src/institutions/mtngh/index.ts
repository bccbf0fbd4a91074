import type { InstitutionDef } from "../types";

/** MTN Mobile Money Ghana, header "MobileMoney": "Payment received for GHS X from NAME". */
export const mtngh: InstitutionDef = {
  id: "mtngh",
  name: "MTN MoMo Ghana",
  kind: "wallet",
  country: "GH",
  currency: "GHS",
  timeZone: "Africa/Accra",
  senders: ["MOBILEMONEY", "MTN MOMO GH"],
  names: [],
  rules: [],
};
