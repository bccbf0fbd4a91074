import type { InstitutionDef } from "../types";

/** Siam Commercial Bank (TH): Thai and English. */
export const scb: InstitutionDef = {
  id: "scb",
  name: "Siam Commercial Bank",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["SCB", "SCBEASY"],
  names: [],
  rules: [],
};
