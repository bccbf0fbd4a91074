import type { InstitutionDef } from "../types";

export const mobikwik: InstitutionDef = {
  id: "mobikwik",
  name: "MobiKwik",
  kind: "wallet",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["MOBIKW", "MBKWIK"],
  senderPrefixes: ["MOBIK"],
  names: ["MobiKwik"],
  rules: [],
};
