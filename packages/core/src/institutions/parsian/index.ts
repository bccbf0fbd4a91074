import type { InstitutionDef } from "../types";

/** Parsian Bank (IR): Persian, amounts in toman. */
export const parsian: InstitutionDef = {
  id: "parsian",
  name: "Parsian Bank",
  kind: "bank",
  country: "IR",
  currency: "IRR",
  timeZone: "Asia/Tehran",
  senders: ["PARSIANBANK", "PARSIAN", "PARSIAN BANK"],
  names: [],
  rules: [],
};
