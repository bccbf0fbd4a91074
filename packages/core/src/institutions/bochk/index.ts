import type { InstitutionDef } from "../types";

/** Bank of China (Hong Kong) (HK): Traditional Chinese and English card alerts ("簽賬港幣1,280.00，商戶：.."). */
export const bochk: InstitutionDef = {
  id: "bochk",
  name: "Bank of China (Hong Kong)",
  kind: "bank",
  country: "HK",
  currency: "HKD",
  timeZone: "Asia/Hong_Kong",
  senders: ["BOCHK"],
  names: ["中銀香港"],
  rules: [],
};
