import type { InstitutionDef } from "../types";

export const abhyudaya: InstitutionDef = {
  id: "abhyudaya",
  name: "Abhyudaya Co-operative Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["ABHYDY"],
  names: ["Abhyudaya Bank", "Abhyudaya Co-operative Bank"],
  rules: [],
};
