import type { InstitutionDef } from "../types";

/**
 * Rocket (BD): Dutch-Bangla Bank's mobile wallet, English ("Tk500.00 Bill pay to DESCO successful"), short code 16216;
 * "rocket" is a common word, so no body name.
 */
export const rocket: InstitutionDef = {
  id: "rocket",
  name: "Rocket",
  kind: "wallet",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["ROCKET", "16216"],
  names: [],
  rules: [],
};
