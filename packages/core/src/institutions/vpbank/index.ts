import type { InstitutionDef } from "../types";

/** VPBank (VN): Vietnamese without diacritics; "TK" is tài khoản (account), not taka. */
export const vpbank: InstitutionDef = {
  id: "vpbank",
  name: "VPBank",
  kind: "bank",
  country: "VN",
  currency: "VND",
  timeZone: "Asia/Ho_Chi_Minh",
  senders: ["VPBANK"],
  names: ["VPBank"],
  rules: [],
};
