import type { InstitutionDef } from "../types";

/** Woori Card (KR): Korean card approvals and statement notices ("결제예정금액 .. 결제일 .."). */
export const wooricard: InstitutionDef = {
  id: "wooricard",
  name: "Woori Card",
  kind: "card",
  country: "KR",
  currency: "KRW",
  timeZone: "Asia/Seoul",
  senders: ["WOORI", "WOORICARD", "우리카드"],
  names: ["우리카드"],
  rules: [],
};
