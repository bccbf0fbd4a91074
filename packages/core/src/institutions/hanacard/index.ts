import type { InstitutionDef } from "../types";

/** Hana Card (KR): multi-line Korean card approvals and declines ("하나카드(1*2*) 승인거절 .."). */
export const hanacard: InstitutionDef = {
  id: "hanacard",
  name: "Hana Card",
  kind: "card",
  country: "KR",
  currency: "KRW",
  timeZone: "Asia/Seoul",
  senders: ["HANACARD", "하나카드"],
  names: ["하나카드"],
  rules: [],
};
