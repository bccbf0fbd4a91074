import type { InstitutionDef } from "../types";

/** Halyk Bank (KZ): Russian, transliterated. */
export const halyk: InstitutionDef = {
  id: "halyk",
  name: "Halyk Bank",
  kind: "bank",
  country: "KZ",
  currency: "KZT",
  timeZone: "Asia/Almaty",
  senders: ["HALYK", "HALYKBANK"],
  names: ["Halyk"],
  rules: [],
};
