import { AMT, rule, type Rule } from "../../parser/rules/types";

/**
 * SMBC card notices print the date and time, the merchant, then the amount in yen, with the card tail before the
 * date ("ご利用のお知らせ カード末尾1234 11/12 19:45 ファミリーマート 640円") or after the amount ("ご利用のお知らせ
 * 11/10 12:31 セブン-イレブン 1,280円 カード末尾1234").
 */
const WHEN = String.raw`\d{1,2}\/\d{1,2} \d{1,2}:\d{2}`;
export const SMBC_RULES: readonly Rule[] = [
  rule(
    "smbc.ja_tail_first",
    "transaction",
    "debit",
    String.raw`ご利用のお知らせ カード末尾(?<acct>\d{4}) ${WHEN} (?<cp>[^\n]{2,40}?) ${AMT} ?円`,
  ),
  rule(
    "smbc.ja_tail_last",
    "transaction",
    "debit",
    String.raw`ご利用のお知らせ ${WHEN} (?<cp>[^\n]{2,40}?) ${AMT} ?円 カード末尾(?<acct>\d{4})`,
  ),
];
