import type { InstitutionDef } from "../types";

/** OPay (NG): English, "N2,300.00 has been debited". */
export const opay: InstitutionDef = {
  id: "opay",
  name: "OPay",
  kind: "wallet",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["OPAY"],
  names: ["OPay"],
  rules: [],
};
