import type { InstitutionDef } from "../types";

/** Hatton National Bank (LK): English. */
export const hnb: InstitutionDef = {
  id: "hnb",
  name: "Hatton National Bank",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["HNB"],
  names: ["Hatton National Bank"],
  rules: [],
};
