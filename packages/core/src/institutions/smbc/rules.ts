import { AMT, rule } from "../../parser/rules/types";

/** "ご利用金額 12,800円 取消のお知らせ": a cancellation notice that quotes the use first is money back, not a spend. */
export const SMBC_RULES = [
  rule(
    "smbc.cancellation",
    "refund",
    "credit",
    String.raw`ご利用金額[:：]?\s?${AMT}円\s?取消のお知らせ(?:\s?ご利用先[:：]\s?(?<cp>[^\s]{1,40}))?`,
    { method: "CARD", kind: "card" },
  ),
];
