import type { InstitutionDef } from "../types";

/** Charles Schwab (US): English, foreign-currency card spends. */
export const schwab: InstitutionDef = {
  id: "schwab",
  name: "Charles Schwab",
  kind: "bank",
  country: "US",
  currency: "USD",
  timeZone: "America/New_York",
  senders: ["SCHWAB"],
  names: ["Schwab"],
  rules: [],
};
