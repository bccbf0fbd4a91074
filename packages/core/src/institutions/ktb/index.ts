import type { InstitutionDef } from "../types";

/** Krungthai Bank (TH): Thai. */
export const ktb: InstitutionDef = {
  id: "ktb",
  name: "Krungthai Bank",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["KTB", "KRUNGTHAI"],
  names: ["Krungthai"],
  rules: [],
};
