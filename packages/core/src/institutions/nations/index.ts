import type { InstitutionDef } from "../types";

/** Nations Trust Bank (LK): English "Transaction Approved on your Card ..". */
export const nations: InstitutionDef = {
  id: "nations",
  name: "Nations Trust Bank",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["NATIONSSMS"],
  names: ["Nations Trust Bank"],
  rules: [],
};
