import type { InstitutionDef } from "../types";

/** Citizens Bank International (NP): English "###4041 is debited by NPR .. Av Bal:". */
export const citizens: InstitutionDef = {
  id: "citizens",
  name: "Citizens Bank International",
  kind: "bank",
  country: "NP",
  currency: "NPR",
  timeZone: "Asia/Kathmandu",
  senders: ["CTZN_ALERT"],
  names: [],
  rules: [],
};
