import type { InstitutionDef } from "../types";

/** Bank Pasargad (IR): Persian, a signed amount on its own line. */
export const pasargad: InstitutionDef = {
  id: "pasargad",
  name: "Bank Pasargad",
  kind: "bank",
  country: "IR",
  currency: "IRR",
  timeZone: "Asia/Tehran",
  senders: ["B.PASARGAD", "PASARGAD"],
  names: [],
  rules: [],
};
