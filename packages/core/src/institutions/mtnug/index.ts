import { CENTRAL_CFA, WEST_CFA } from "../cfa";
import type { InstitutionDef } from "../types";

/**
 * MTN Mobile Money Uganda (UG): English wallet alerts, shillings without decimals. The same "MTN MoMo" header
 * serves Zambia (+02:00, kwacha) and the franc zone (+00:00 Côte d'Ivoire: XOF; +01:00 Cameroon: XAF).
 */
export const mtnug: InstitutionDef = {
  id: "mtnug",
  name: "MTN MoMo Uganda",
  kind: "wallet",
  country: "UG",
  currency: "UGX",
  timeZone: "Africa/Kampala",
  senders: ["MTNMOBMONEY", "MTN MOMO", "MTNMOMO"],
  names: [],
  rules: [],
  markets: [{ utcOffsets: ["+02:00"], currency: "ZMW", timeZone: "Africa/Lusaka" }, WEST_CFA, CENTRAL_CFA],
};
