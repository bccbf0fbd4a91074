import { AMT, BAL, rule, type Rule } from "../../parser/rules/types";

/**
 * Shinhan's account alerts print one field a line and no currency: "신한 11/20 14:05 / 110-***-123456 / 입금
 * 300,000 / 보낸 분 / 잔액 1,200,000". The account is masked in the middle (its last 4 digits are the account); the
 * line between the amount and the balance names the other party.
 */
const HEAD = String.raw`신한 \d{1,2}\/\d{1,2} \d{1,2}:\d{2}\n\d{2,4}-[*\d]{2,6}-\d*(?<acct>\d{4})\n`;
const TAIL = String.raw` ${AMT}\n(?<cp>[^\n]{2,40})\n잔액 ${BAL}`;
export const SHINHAN_RULES: readonly Rule[] = [
  rule("shinhan.ko_in", "transaction", "credit", `${HEAD}입금${TAIL}`),
  rule("shinhan.ko_out", "transaction", "debit", `${HEAD}(?:출금|지급)${TAIL}`),
];
