import type { InstitutionDef } from "../types";

/** Maya (PH): wallet, English ("₱500.00 cash-in via .. successful"); "Maya" is a common first name, so no body name. */
export const maya: InstitutionDef = {
  id: "maya",
  name: "Maya",
  kind: "wallet",
  country: "PH",
  currency: "PHP",
  timeZone: "Asia/Manila",
  senders: ["MAYA", "PAYMAYA"],
  names: [],
  rules: [],
};
