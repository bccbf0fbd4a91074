import type { InstitutionDef } from "../types";

export const utkarsh: InstitutionDef = {
  id: "utkarsh",
  name: "Utkarsh Small Finance Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["UTKSFB", "UTKSBK", "UTKSPR"],
  names: ["Utkarsh Small Finance Bank", "Utkarsh SFB"],
  rules: [],
};
