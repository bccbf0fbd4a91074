import { AMT, rule, type Rule } from "../../parser/rules/types";

/**
 * Absa's terse alerts: "Absa: CHEQ1234, <code>, dd/mm/yy <narration>, R<amount>, Available R<balance>". The code
 * says the side: "Dep" a deposit (money in); "Pur" a purchase and "WDL" a withdrawal (money out). A purchase's
 * narration may start with its own kind ("DEBIT CARD PURCHASE, SPAR ..."): the merchant is the next field.
 */
const HEAD = String.raw`\b(?:cheq|chq|sav)\d*?(?<acct>\d{4}), `;
const DATE = String.raw`\d{2}/\d{2}/\d{2} `;
export const ABSA_RULES: readonly Rule[] = [
  rule(
    "absa.deposit",
    "transaction",
    "credit",
    String.raw`${HEAD}dep, ${DATE}(?:(?:salary|sal|deposit|transfer) )?(?<cp>[^,\n]{2,50}), (?<cur>R) ?${AMT}\b`,
  ),
  rule(
    "absa.purchase",
    "transaction",
    "debit",
    String.raw`${HEAD}pur(?: pos)?, ${DATE}(?:[a-z ]*purchase, )?(?<cp>[^,\n]{2,50}), (?<cur>R) ?-?${AMT}\b`,
  ),
];
