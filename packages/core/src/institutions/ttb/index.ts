import type { InstitutionDef } from "../types";
import { TTB_RULES } from "./rules";

/** ttb (TMBThanachart) (TH): Thai and English. */
export const ttb: InstitutionDef = {
  id: "ttb",
  name: "ttb (TMBThanachart)",
  kind: "bank",
  country: "TH",
  currency: "THB",
  timeZone: "Asia/Bangkok",
  senders: ["TTB"],
  names: [],
  rules: TTB_RULES,
};
