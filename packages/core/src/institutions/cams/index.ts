import type { InstitutionDef } from "../types";

export const cams: InstitutionDef = {
  id: "cams",
  name: "CAMS",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["CAMSPL", "CAMSMF"],
  names: [],
  rules: [],
};
