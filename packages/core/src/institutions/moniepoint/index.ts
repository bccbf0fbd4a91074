import type { InstitutionDef } from "../types";

/** Moniepoint (NG): "Credit NGN X to acct .. from NAME", "Credit Alert! Amt: NGNX". */
export const moniepoint: InstitutionDef = {
  id: "moniepoint",
  name: "Moniepoint",
  kind: "wallet",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["MONIEPOINT"],
  names: [],
  rules: [],
};
