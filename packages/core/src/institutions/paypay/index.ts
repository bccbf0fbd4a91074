import type { InstitutionDef } from "../types";

/** PayPay (JP): wallet, Japanese ("1,200円を..さんに送りました"). */
export const paypay: InstitutionDef = {
  id: "paypay",
  name: "PayPay",
  kind: "wallet",
  country: "JP",
  currency: "JPY",
  timeZone: "Asia/Tokyo",
  senders: ["PAYPAY"],
  names: ["PayPay"],
  rules: [],
};
