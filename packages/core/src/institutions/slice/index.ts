import type { InstitutionDef } from "../types";

export const slice: InstitutionDef = {
  id: "slice",
  name: "slice",
  kind: "card",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["SLCEIT", "SLICEIT"],
  names: ["slice card"],
  rules: [],
};
