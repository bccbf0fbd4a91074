import { AMT, CP, rule, type Rule } from "../../parser/rules/types";

/** Al Rajhi cashback lines: "Cashback / Amount: 2.50 SAR / At: X" is paid to the card; "كاش باك عكس" takes it back. */
export const ALRAJHI_RULES: readonly Rule[] = [
  rule(
    "alrajhi.cashback",
    "transaction",
    "credit",
    String.raw`^cashback\s*\n\s*amount: ?${AMT} ?(?<cur>SAR)\s*\n\s*at: ?${CP}\s*(?:\n|$)`,
  ),
  rule(
    "alrajhi.cashback_reversal",
    "transaction",
    "debit",
    String.raw`^كاش باك عكس\s*\n\s*مبلغ: ?(?<cur>SAR) ?${AMT}\s*\n\s*التاجر: ?${CP}\s*(?:\n|$)`,
  ),
];
