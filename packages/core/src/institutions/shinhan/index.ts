import type { InstitutionDef } from "../types";
import { SHINHAN_RULES } from "./rules";

/** Shinhan Bank (KR): multi-line Korean account alerts ("신한 MM/DD hh:mm / 110-***-123456 / 입금 300,000 / 보낸 분 / 잔액 .."). */
export const shinhan: InstitutionDef = {
  id: "shinhan",
  name: "Shinhan Bank",
  kind: "bank",
  country: "KR",
  currency: "KRW",
  timeZone: "Asia/Seoul",
  senders: ["SHINHAN", "신한은행"],
  names: ["신한은행"],
  rules: SHINHAN_RULES,
};
