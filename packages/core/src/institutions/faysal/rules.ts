import { AMT, CP, rule } from "../../parser/rules/types";

/** "PKR X received from NAME A/C *4388 via FT in FBL A/C *1234": the payer's account comes first, ours after "in FBL". */
export const FAYSAL_RULES = [
  rule(
    "faysal.received",
    "transaction",
    "credit",
    String.raw`^PKR ${AMT} received from ${CP} ?A\/C ?\*\d{3,6} (?:via \w+ )?in FBL A\/C \*(?<acct>\d{3,6})`,
    { kind: "bank" },
  ),
];
