import type { InstitutionDef } from "../types";

/** KCB Bank (KE): English. */
export const kcb: InstitutionDef = {
  id: "kcb",
  name: "KCB",
  kind: "bank",
  country: "KE",
  currency: "KES",
  timeZone: "Africa/Nairobi",
  senders: ["KCB"],
  names: ["KCB Bank"],
  rules: [],
};
