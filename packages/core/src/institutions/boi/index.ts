import type { InstitutionDef } from "../types";

export const boi: InstitutionDef = {
  id: "boi",
  name: "Bank of India",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BOIIND", "BOISMS"],
  senderPrefixes: ["BOI"],
  names: ["Bank of India"],
  rules: [],
};
