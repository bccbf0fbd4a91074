import type { InstitutionDef } from "../types";

/** BAAC (TH): Thai. */
export const baac: InstitutionDef = {
  id: "baac",
  name: "BAAC",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["BAAC"],
  names: [],
  rules: [],
};
