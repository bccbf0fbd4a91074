import type { InstitutionDef } from "../types";

/** The City Bank (BD): English. */
export const citybank: InstitutionDef = {
  id: "citybank",
  name: "City Bank",
  kind: "bank",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["CITYBANK"],
  names: ["City Bank"],
  rules: [],
};
