import type { InstitutionDef } from "../types";

/** PalmPay (NG) wallet: English, naira printed as a glued "N". */
export const palmpay: InstitutionDef = {
  id: "palmpay",
  name: "PalmPay",
  kind: "wallet",
  country: "NG",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  senders: ["PALMPAY"],
  names: ["PalmPay"],
  rules: [],
};
