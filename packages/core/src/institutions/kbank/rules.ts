import { AMT, BAL, rule, type Rule } from "../../parser/rules/types";

/**
 * KBank's account alerts print no currency beside the amount: "A/C X123456X Withdrawal/Transfer 1,500.00 Outstanding
 * Balance 11,345.67 Baht" and "บชX123456X เงินเข้า500.00บ". The account is masked at both ends; its last 4 visible
 * digits are the account.
 */
const MASKED = String.raw`X?\d{0,8}(?<acct>\d{4})X?`;
export const KBANK_RULES: readonly Rule[] = [
  rule(
    "kbank.en_out",
    "transaction",
    "debit",
    String.raw`\bA\/C ${MASKED} (?:Withdrawal\/Transfer|Withdrawal|Transfer out|Payment) ${AMT} Outstanding Balance ${BAL}`,
  ),
  rule(
    "kbank.en_in",
    "transaction",
    "credit",
    String.raw`\bA\/C ${MASKED} (?:Deposit\/Transfer|Deposit|Transfer in) ${AMT} Outstanding Balance ${BAL}`,
  ),
  rule("kbank.th_out", "transaction", "debit", String.raw`บช${MASKED} ?เงินออก ?${AMT} ?บ\.? ?คงเหลือ ?${BAL}`),
  rule("kbank.th_in", "transaction", "credit", String.raw`บช${MASKED} ?เงินเข้า ?${AMT} ?บ\.? ?คงเหลือ ?${BAL}`),
];
