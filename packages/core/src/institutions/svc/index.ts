import type { InstitutionDef } from "../types";

export const svc: InstitutionDef = {
  id: "svc",
  name: "SVC Co-operative Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SVCBNK"],
  names: ["SVC Bank", "SVC Co-operative Bank"],
  rules: [],
};
