import type { InstitutionDef } from "../types";

/** NDB Bank (LK): English "LKR X debited from AC ..". */
export const ndb: InstitutionDef = {
  id: "ndb",
  name: "NDB Bank",
  kind: "bank",
  country: "LK",
  currency: "LKR",
  timeZone: "Asia/Colombo",
  senders: ["NDB ALERT", "NDB"],
  names: [],
  rules: [],
};
