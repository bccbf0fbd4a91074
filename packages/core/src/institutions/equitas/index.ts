import type { InstitutionDef } from "../types";

export const equitas: InstitutionDef = {
  id: "equitas",
  name: "Equitas Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["EQUTAS"],
  names: ["Equitas Small Finance Bank", "Equitas SFB"],
  rules: [],
};
