import type { InstitutionDef, Market } from "../types";
import { DBS_RULES } from "./rules";

/** digibank by DBS (India, UTC+05:30) sends from the same header and prints INR. */
const INDIA: Market = { utcOffsets: ["+05:30"], currency: "INR", timeZone: "Asia/Kolkata" };

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
