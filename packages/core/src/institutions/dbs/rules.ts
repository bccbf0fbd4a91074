import { ACCT, AMT, CP, rule } from "../../parser/rules/types";

export const DBS_RULES = [
  rule(
    "dbs.card_spend",
    "transaction",
    "debit",
    String.raw`A transaction of (?<cur>SGD|USD) ${AMT} was made with your DBS\/POSB card ending ${ACCT} on .{5,30}? at ${CP}\. If unauthorised`,
    { method: "CARD", kind: "card" },
  ),
  rule(
    "dbs.card_request",
    "transaction",
    "debit",
    String.raw`we refer to your card transaction request on .{5,40}? of (?<cur>SGD|USD) ${AMT} to ${CP} from your ` +
      String.raw`DBS\/POSB card ending ${ACCT}`,
    { method: "CARD", kind: "card" },
  ),
];
