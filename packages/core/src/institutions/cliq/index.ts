import type { InstitutionDef } from "../types";

/** CliQ (JO) instant payments: English, 3-decimal dinars. */
export const cliq: InstitutionDef = {
  id: "cliq",
  name: "CliQ",
  kind: "wallet",
  country: "JO",
  currency: "JOD",
  timeZone: "Asia/Amman",
  senders: ["CLIQ"],
  names: ["CliQ"],
  rules: [],
};
