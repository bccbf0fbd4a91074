import { INDIA } from "../market";
import type { InstitutionDef } from "../types";
import { DBS_RULES } from "./rules";

export const dbs: InstitutionDef = {
  id: "dbs",
  name: "DBS Bank",
  kind: "card",
  country: "SG",
  currency: "SGD",
  timeZone: "Asia/Singapore",
  senders: ["DBSBNK", "DBSSG", "DBS"],
  dlt: true,
  names: ["DBS"],
  rules: DBS_RULES,
  // digibank by DBS (India) alerts come from the same header and print INR.
  markets: [INDIA],
};
