import type { InstitutionDef } from "../types";

export const onecard: InstitutionDef = {
  id: "onecard",
  name: "OneCard",
  kind: "card",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["ONECRD"],
  names: ["OneCard"],
  rules: [],
};
