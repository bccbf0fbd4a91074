import { AMT, CP, rule } from "../../parser/rules/types";

/** Card alerts print the card as "<first digit>*<last two>" ("4*12"): the two digits are all of ours there is.
 * The words may be transliterated ("300.00UAH Oplata. ATB-Market, Kyiv. 4*91 18:40"). */
export const PRIVATBANK_RULES = [
  rule(
    "privatbank.card_debit",
    "transaction",
    "debit",
    String.raw`^${AMT}\s?(?<cur>UAH|грн)\.? (?:Списання|Оплата|Покупка|Spysannia|Oplata|Pokupka)\. ${CP}\. \d\*(?<acct>\d{2,4}) \d{1,2}:\d{2}`,
    { method: "CARD", kind: "card" },
  ),
];
