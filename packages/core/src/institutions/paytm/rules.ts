import { AMT, BAL, CP, INR, rule } from "../../parser/rules/types";

export const PAYTM_RULES = [
  rule(
    "paytm.wallet_paid",
    "transaction",
    "debit",
    String.raw`^Paid ${INR}${AMT} to ${CP} from Paytm (?:Balance|Wallet)\.?(?:.{0,40}?Updated Balance:? (?:Paytm Wallet- )?${INR}${BAL})?`,
    { method: "WALLET", kind: "wallet" },
  ),
];
