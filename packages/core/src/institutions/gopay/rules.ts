import { rule, type Rule } from "../../parser/rules/types";

/**
 * A GoPay top-up is money into the wallet, said done with "berhasil" after the amount ("Top up Rp200.000
 * berhasil"); an ad that invites a top-up ("Top up Rp100.000 sekarang ..") has no "berhasil" there. Rupiah group
 * with dots, so the amount group is its own.
 */
const IDR_AMT = String.raw`(?<amt>\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,12})`;
export const GOPAY_RULES: readonly Rule[] = [
  rule("gopay.topup", "transaction", "credit", String.raw`\btop ?up (?<cur>Rp\.?) ?${IDR_AMT} berhasil\b`),
];
