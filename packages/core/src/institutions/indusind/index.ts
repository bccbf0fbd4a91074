import type { InstitutionDef } from "../types";

export const indusind: InstitutionDef = {
  id: "indusind",
  name: "IndusInd Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["INDUSB", "INDUSL"],
  senderPrefixes: ["INDUS"],
  names: ["IndusInd"],
  rules: [],
};
