import { AMT, rule, type Rule } from "../../parser/rules/types";

/**
 * SMBC card notices. "ご利用金額 12,800円 取消のお知らせ": a cancellation notice that quotes the use first is money back,
 * not a spend. "ご利用のお知らせ 11/10 12:31 セブン-イレブン 1,280円 カード末尾1234": the card tail may follow the amount.
 */
const WHEN = String.raw`\d{1,2}\/\d{1,2} \d{1,2}:\d{2}`;
export const SMBC_RULES: readonly Rule[] = [
  rule(
    "smbc.ja_tail_last",
    "transaction",
    "debit",
    String.raw`ご利用のお知らせ ${WHEN} (?<cp>[^\n]{2,40}?) ${AMT} ?円 カード末尾(?<acct>\d{4})`,
    { method: "CARD", kind: "card" },
  ),
  // "ご利用のお知らせ (カード末尾8830) 11/12 (19:45) ファミリーマート 640円": the merchant stands between the date and the amount.
  rule(
    "smbc.use_notice",
    "transaction",
    "debit",
    String.raw`ご利用のお知らせ\s(?:カード末尾(?<acct>\d{4})\s)?\d{1,2}/\d{1,2}\s(?:\d{1,2}:\d{2}\s)?(?<cp>[^\s\d][^\n]{0,40}?)\s${AMT}円`,
    { method: "CARD", kind: "card" },
  ),
  rule(
    "smbc.cancellation",
    "refund",
    "credit",
    String.raw`ご利用金額[:：]?\s?${AMT}円\s?取消のお知らせ(?:\s?ご利用先[:：]\s?(?<cp>[^\s]{1,40}))?`,
    { method: "CARD", kind: "card" },
  ),
];
