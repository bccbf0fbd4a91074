import { AMT, BAL, rule, type Rule } from "../../parser/rules/types";

/** Jaiz Bank's multi-line alert: "Jaiz Bank Debit / Acct: 00***4412 / Amt: N12,000.00 / Desc: .. / Bal: N48,300.10". */
const BODY = String.raw`\s*\n\s*Acct: ?[\d*xX]{0,12}?(?<acct>\d{3,4})\s*\n\s*Amt: ?(?<cur>NGN|N|₦) ?${AMT}\s*\n\s*Desc: ?[^\n]{2,60}?\s*\n\s*Bal: ?(?:NGN|N|₦) ?${BAL}`;
export const JAIZ_RULES: readonly Rule[] = [
  rule("jaiz.debit", "transaction", "debit", String.raw`^Jaiz Bank Debit${BODY}`),
  rule("jaiz.credit", "transaction", "credit", String.raw`^Jaiz Bank Credit${BODY}`),
];
