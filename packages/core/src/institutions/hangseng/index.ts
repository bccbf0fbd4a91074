import type { InstitutionDef } from "../types";

/** Hang Seng Bank (HK): Traditional Chinese and English alerts. */
export const hangseng: InstitutionDef = {
  id: "hangseng",
  name: "Hang Seng Bank",
  kind: "bank",
  country: "HK",
  currency: "HKD",
  timeZone: "Asia/Hong_Kong",
  senders: ["HANGSENG"],
  names: ["恒生銀行"],
  rules: [],
};
