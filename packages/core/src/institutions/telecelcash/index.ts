import type { InstitutionDef } from "../types";

/** Telecel Cash (GH) mobile money: English, cedis as "GH₵". */
export const telecelcash: InstitutionDef = {
  id: "telecelcash",
  name: "Telecel Cash",
  kind: "wallet",
  country: "GH",
  currency: "GHS",
  timeZone: "Africa/Accra",
  senders: ["T-CASH", "TELECELCASH"],
  names: ["Telecel Cash"],
  rules: [],
};
