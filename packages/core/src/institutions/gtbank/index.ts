import type { InstitutionDef } from "../types";

/** Guaranty Trust Bank (NG): multi-line "Acct / Amt: NGN X DR / Desc / Avail Bal". */
export const gtbank: InstitutionDef = {
  id: "gtbank",
  name: "GTBank",
  kind: "bank",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["GTBANK", "GTWORLD"],
  names: ["GTBank", "Guaranty Trust Bank"],
  rules: [],
};
