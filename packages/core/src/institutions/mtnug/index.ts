import type { InstitutionDef } from "../types";

/** MTN Mobile Money Uganda (UG): English wallet alerts, shillings without decimals. */
export const mtnug: InstitutionDef = {
  id: "mtnug",
  name: "MTN MoMo Uganda",
  kind: "wallet",
  country: "UG",
  currency: "UGX",
  timeZone: "Africa/Kampala",
  senders: ["MTNMOBMONEY", "MTN MOMO"],
  names: [],
  rules: [],
};
