import type { InstitutionDef } from "../types";

/** KB Kookmin Card (KR): multi-line Korean card approvals ("KB국민카드(1234)승인 .. 원 일시불 .. 가맹점"). */
export const kbcard: InstitutionDef = {
  id: "kbcard",
  name: "KB Kookmin Card",
  kind: "card",
  country: "KR",
  currency: "KRW",
  timeZone: "Asia/Seoul",
  senders: ["KBSTAR", "KB국민카드", "KBCARD"],
  names: ["KB국민카드"],
  rules: [],
};
