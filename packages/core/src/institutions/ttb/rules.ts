import { ACCT, AMT, BAL, CP, rule } from "../../parser/rules/types";

/** "ttb: Payment 780.00 THB via PromptPay A/C x2043 Bal 3,310.00 THB": no verb the packs know, so a rule. */
export const TTB_RULES = [
  rule(
    "ttb.payment",
    "transaction",
    "debit",
    String.raw`^ttb: Payment ${AMT} THB via ${CP} A\/C ${ACCT}(?: Bal ${BAL} THB)?`,
    {
      kind: "bank",
    },
  ),
];
