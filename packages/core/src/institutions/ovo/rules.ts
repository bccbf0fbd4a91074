import { rule, type Rule } from "../../parser/rules/types";

/**
 * An OVO top-up names the wallet and the source before "berhasil" ("Top up OVO Cash Rp100.000 dari BCA berhasil", or without the source);
 * an ad that invites a top-up has no "berhasil" there. Rupiah group with dots, so the amount group is its own.
 */
const IDR_AMT = String.raw`(?<amt>\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,12})`;
export const OVO_RULES: readonly Rule[] = [
  rule(
    "ovo.topup",
    "transaction",
    "credit",
    String.raw`\btop ?up ovo cash (?<cur>Rp\.?) ?${IDR_AMT}(?: dari [^\n.]{2,40}?)? berhasil\b`,
  ),
];
