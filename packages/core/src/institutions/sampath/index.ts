import type { InstitutionDef } from "../types";

/** Sampath Bank (LK): English. */
export const sampath: InstitutionDef = {
  id: "sampath",
  name: "Sampath Bank",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["SAMPATHTXN", "SAMPCCTXN", "SAMPATH"],
  names: ["Sampath Bank"],
  rules: [],
};
