import type { InstitutionDef } from "../types";

/** Bank of Maharashtra (IN): English and Marathi alerts ("रु. 2,500.00 .. वजा करण्यात आले", `locales/packs/mr.ts`). */
export const mahabank: InstitutionDef = {
  id: "mahabank",
  name: "Bank of Maharashtra",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["MAHABK", "MAHABANK", "BOMBNK"],
  names: ["Bank of Maharashtra", "Mahabank"],
  rules: [],
};
