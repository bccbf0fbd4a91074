import type { InstitutionDef } from "../types";

/** Dutch-Bangla Bank (BD): English. */
export const dbbl: InstitutionDef = {
  id: "dbbl",
  name: "Dutch-Bangla Bank",
  kind: "bank",
  country: "BD",
  currency: "BDT",
  timeZone: "Asia/Dhaka",
  senders: ["DBBL"],
  names: ["Dutch-Bangla Bank"],
  rules: [],
};
