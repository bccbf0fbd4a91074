import type { InstitutionDef } from "../types";

/** MoMo (VN): e-wallet, Vietnamese with diacritics ("Bạn đã thanh toán 65.000đ cho .."). */
export const momo: InstitutionDef = {
  id: "momo",
  name: "MoMo",
  kind: "wallet",
  country: "VN",
  currency: "VND",
  timeZone: "Asia/Ho_Chi_Minh",
  senders: ["MOMO"],
  names: [],
  rules: [],
};
