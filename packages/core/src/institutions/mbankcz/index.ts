import type { InstitutionDef } from "../types";

/** mBank CZ (CZ): Czech, decimal comma. */
export const mbankcz: InstitutionDef = {
  id: "mbankcz",
  name: "mBank CZ",
  kind: "bank",
  country: "CZ",
  currency: "CZK",
  timeZone: "Europe/Prague",
  senders: ["MBANK CZ", "MBANK"],
  names: [],
  rules: [],
};
