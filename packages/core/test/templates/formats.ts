import fc from "fast-check";
import { formatMinor } from "../../src/money";
import type { ParseInput, ParseResult } from "../../src/schemas/parse-result";

/** Variable values of one alert. */
export interface AlertValues {
  amountMinor: number;
  balanceMinor: number;
  name: string;
  vpaUser: string;
  account: string;
  ref: string;
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const withCommas = (minor: number) => {
  const [whole = "0", frac = "00"] = formatMinor(minor).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
};

/** A bank alert format: how it prints values and what a correct reading is. */
export interface AlertFormat {
  id: string;
  sender: string;
  body(v: AlertValues): string;
  truth(v: AlertValues, receivedAt: string): ParseResult;
}

const base = (v: AlertValues): Omit<ParseResult, "direction" | "parser" | "confidence"> => ({
  intent: "transaction",
  amount_minor: v.amountMinor,
  currency: "INR",
  account: v.account,
  account_kind: "bank",
  counterparty: null,
  method: "UPI",
  reference: v.ref,
  balance_minor: null,
  occurred_at: null,
  institution: null,
  category: null,
});
const iso = (v: AlertValues, time = false) =>
  `${v.year}-${pad(v.month)}-${pad(v.day)}T${time ? `${pad(v.hour)}:${pad(v.minute)}:00` : "00:00:00"}+05:30`;

export const FORMATS: AlertFormat[] = [
  {
    id: "hdfc-upi-sent",
    sender: "VM-HDFCBK-S",
    body: (v) =>
      `Sent Rs.${formatMinor(v.amountMinor)}\nFrom HDFC Bank A/C *${v.account}\nTo ${v.name}\nOn ${pad(v.day)}/${pad(v.month)}/${v.year % 100}\nRef ${v.ref}\nNot You?\nCall 18002586161/SMS BLOCK UPI to 7308080808`,
    truth: (v) => ({
      ...base(v),
      direction: "debit",
      counterparty: v.name,
      occurred_at: iso(v),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
  {
    id: "sbi-upi-debit",
    sender: "AD-SBIUPI",
    body: (v) =>
      `Dear UPI user A/C X${v.account} debited by ${formatMinor(v.amountMinor)} on date ${pad(v.day)}${MONTHS[v.month - 1]}${v.year % 100} trf to ${v.name} Refno ${v.ref}. If not u? call 1800111109. -SBI`,
    truth: (v) => ({
      ...base(v),
      direction: "debit",
      counterparty: v.name,
      occurred_at: iso(v),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
  {
    id: "axis-upi-debit",
    sender: "JD-AXISBK-T",
    body: (v) =>
      `INR ${withCommas(v.amountMinor)} debited\nA/c no. XX${v.account}\n${pad(v.day)}-${pad(v.month)}-${v.year % 100}, ${pad(v.hour)}:${pad(v.minute)}:00\nUPI/P2M/${v.ref}/${v.name}\nNot you? SMS BLOCKALL 919951860002 - Axis Bank`,
    truth: (v) => ({
      ...base(v),
      direction: "debit",
      counterparty: v.name,
      occurred_at: iso(v, true),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
  {
    id: "kotak-upi-vpa",
    sender: "VK-KOTAKB",
    body: (v) =>
      `Sent Rs.${formatMinor(v.amountMinor)} from Kotak Bank AC X${v.account} to ${v.vpaUser}@okaxis on ${pad(v.day)}-${pad(v.month)}-${v.year % 100}.UPI Ref ${v.ref}. Not you, https://kotak.com/KBANKT/Fraud`,
    truth: (v) => ({
      ...base(v),
      direction: "debit",
      counterparty: `${v.vpaUser}@okaxis`,
      occurred_at: iso(v),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
  {
    id: "hdfc-card-spent",
    sender: "VM-HDFCBK",
    body: (v) =>
      `Rs.${withCommas(v.amountMinor)} spent on HDFC Bank Card x${v.account} at ${v.name} on ${v.year}-${pad(v.month)}-${pad(v.day)}:${pad(v.hour)}:${pad(v.minute)}:00.Avl Lmt: Rs.${withCommas(v.balanceMinor)}. Not you? Call 18002586161`,
    truth: (v) => ({
      ...base(v),
      direction: "debit",
      account_kind: "card",
      method: "CARD",
      reference: null,
      counterparty: v.name,
      balance_minor: v.balanceMinor,
      occurred_at: iso(v, true),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
  {
    id: "generic-credit-balance",
    sender: "BX-IDFCFB",
    body: (v) =>
      `Rs ${formatMinor(v.amountMinor)} credited to A/c ...${v.account} on ${pad(v.day)}-${MONTHS[v.month - 1]?.toUpperCase()}-${v.year}. Info: ${v.name}. Avl bal: INR ${withCommas(v.balanceMinor)}. Ref ${v.ref}`,
    truth: (v) => ({
      ...base(v),
      direction: "credit",
      counterparty: v.name,
      balance_minor: v.balanceMinor,
      occurred_at: iso(v),
      parser: "llm:test",
      confidence: 0.8,
    }),
  },
];

/** Debit wording of the same shape as a credit one and vice versa. */
export const WORDING_PAIRS: [string, (v: AlertValues) => string, (v: AlertValues) => string][] = [
  [
    "VM-HDFCBK-S",
    (v) =>
      `Rs.${formatMinor(v.amountMinor)} debited from A/c XX${v.account} on ${pad(v.day)}-${pad(v.month)}-${v.year % 100} to ${v.name}. Ref ${v.ref}`,
    (v) =>
      `Rs.${formatMinor(v.amountMinor)} credited to A/c XX${v.account} on ${pad(v.day)}-${pad(v.month)}-${v.year % 100} from ${v.name}. Ref ${v.ref}`,
  ],
  [
    "AD-SBIUPI",
    (v) =>
      `A/C X${v.account} debited by ${formatMinor(v.amountMinor)} on date ${pad(v.day)}${MONTHS[v.month - 1]}${v.year % 100} trf to ${v.name} Refno ${v.ref}`,
    (v) =>
      `A/C X${v.account} credited by ${formatMinor(v.amountMinor)} on date ${pad(v.day)}${MONTHS[v.month - 1]}${v.year % 100} trf from ${v.name} Refno ${v.ref}`,
  ],
];

const STOP = new Set([
  "ON",
  "AT",
  "TO",
  "FROM",
  "BY",
  "VIA",
  "REF",
  "REFNO",
  "UTR",
  "RRN",
  "UPI",
  "IMPS",
  "NEFT",
  "RTGS",
  "AVL",
  "AVAIL",
  "AVAILABLE",
  "BAL",
  "BALANCE",
  "INFO",
  "AC",
  "ACCT",
  "ACCOUNT",
  "CARD",
  "CREDITED",
  "DEBITED",
  "IS",
  "WAS",
  "HAS",
  "HAVE",
  "FOR",
  "WITH",
  "USING",
  "IN",
  "NOT",
  "CALL",
  "SMS",
  "IF",
  "DATED",
  "DATE",
  "TXN",
  "TRANSACTION",
  "YOUR",
  "THE",
  "AND",
  "OF",
  "THRU",
  "THROUGH",
  "LINKED",
  "VPA",
  "ID",
  "NO",
  "TOWARDS",
  "AS",
  "RS",
  "INR",
  "USD",
  "RM",
  // Swahili stop words of the template tokenizer (a random name "KWA" or "SAA" would end at them).
  "TAREHE",
  "SAA",
  "MNAMO",
  "SALIO",
  "KWA",
  "KUTOKA",
  "KWENDA",
  "NAMBA",
  "KUMBUKUMBU",
  "DEAR",
]);
const word = fc
  .string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 2, maxLength: 9 })
  .filter((w) => !STOP.has(w));

export const alertValues: fc.Arbitrary<AlertValues> = fc.record({
  amountMinor: fc.integer({ min: 100, max: 99_999_999 }),
  balanceMinor: fc.integer({ min: 0, max: 999_999_999 }),
  name: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ")),
  vpaUser: fc.stringMatching(/^[a-z][a-z0-9.]{2,12}[a-z0-9]$/),
  account: fc.integer({ min: 0, max: 9999 }).map((n) => pad(n, 4)),
  ref: fc.integer({ min: 100_000_000_000, max: 999_999_999_999 }).map(String),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 2020, max: 2030 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

export function alert(format: AlertFormat, v: AlertValues): { input: ParseInput; truth: ParseResult } {
  const received_at = `${v.year}-${pad(v.month)}-${pad(v.day)}T23:59:00+05:30`;
  return { input: { sender: format.sender, body: format.body(v), received_at }, truth: format.truth(v, received_at) };
}
