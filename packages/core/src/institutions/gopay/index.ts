import type { InstitutionDef } from "../types";
import { GOPAY_RULES } from "./rules";

/** GoPay (ID): wallet, Indonesian ("Top up Rp200.000 berhasil. Saldo GoPay kamu sekarang .."). */
export const gopay: InstitutionDef = {
  id: "gopay",
  name: "GoPay",
  kind: "wallet",
  country: "ID",
  currency: "IDR",
  timeZone: "Asia/Jakarta",
  senders: ["GOPAY"],
  names: ["GoPay"],
  rules: GOPAY_RULES,
};
