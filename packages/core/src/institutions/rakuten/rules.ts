import { AMT, rule, type Rule } from "../../parser/rules/types";

/** A Rakuten Card spend flash: the date, the merchant, the amount after "¥", then the card tail in brackets. */
export const RAKUTEN_RULES: readonly Rule[] = [
  rule(
    "rakuten.ja_spend",
    "transaction",
    "debit",
    String.raw`ご利用速報:? ?\d{1,2}月\d{1,2}日 (?<cp>[^\n]{2,40}?) (?<cur>¥) ?${AMT}(?: ?\(カード末尾 ?(?<acct>\d{4})\))?`,
  ),
];
