// One user's synthetic SMS history for `pnpm bench:regroup`: what the consumer would have read from it.
import type { NewTransactionRow, SmsOutcome } from "../../packages/db/src/index.ts";
import { seededRandom } from "../../packages/core/src/random.ts";

const MERCHANTS = [
  "SWIGGY",
  "ZOMATO",
  "AMAZON",
  "FLIPKART",
  "BIGBASKET",
  "UBER",
  "OLA",
  "IRCTC",
  "AIRTEL",
  "JIO",
  "NETFLIX",
  "MYNTRA",
  "DMART",
  "BLINKIT",
  "ZEPTO",
  "PHARMEASY",
  "BOOKMYSHOW",
  "MAKEMYTRIP",
  "NYKAA",
  "CROMA",
];
/** Everyday amounts that repeat (tea, a metro ride, a recharge...), in paise. */
const COMMON_AMOUNTS = [1000, 2000, 2500, 4000, 5000, 9900, 19900, 29900, 49900, 99900];
const DAY = 86_400_000;

export interface History {
  outcomes: SmsOutcome[];
  /** [first alert sms id, second alert sms id] of payments that sent two alerts. */
  pairs: [string, string][];
  transfers: number;
  refunds: number;
}

/**
 * `total` SMS at `perDay` a day, in time order: 30% not financial, the rest money movements; of those
 * 10% send a second alert (another sender, same reference, 20 s later), 2% are card bill payments with
 * the card's credit alert, 2% are refunds of an earlier purchase at the same merchant.
 */
export function buildHistory(userId: string, total: number, perDay: number, seed: number): History {
  const r = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)] as T;
  const start = Date.parse("2019-01-01T00:00:00Z");
  const history: History = { outcomes: [], pairs: [], transfers: 0, refunds: 0 };
  const purchases: NewTransactionRow[] = [];
  let n = 0;
  const at = () => start + Math.floor((n / perDay) * DAY) + Math.floor(r() * 3_600_000);
  const push = (tx: Omit<NewTransactionRow, "id" | "userId" | "smsId" | "occurredAt"> | null, ms: number): string => {
    const smsId = `h${String(n++).padStart(6, "0")}`;
    const transactions = tx
      ? [{ ...tx, id: `${userId}:${smsId}`, userId, smsId, occurredAt: new Date(ms).toISOString() }]
      : [];
    const intent = tx ? tx.intent : "otp";
    history.outcomes.push({
      userId,
      smsId,
      state: tx ? "parsed" : "not_financial",
      intent,
      parser: "bench",
      confidence: 0.9,
      attempts: 1,
      transactions,
    });
    return smsId;
  };
  const base = (ms: number) => ({
    seq: 0,
    currency: "INR",
    parser: "bench",
    confidence: 0.9,
    occurredAtMs: ms,
    accountKind: "bank",
  });
  while (n < total) {
    const ms = at();
    const roll = r();
    if (roll < 0.3) push(null, ms);
    else if (roll < 0.314) {
      const amountMinor = 500000 + Math.floor(r() * 5_000_000);
      push(
        {
          ...base(ms),
          intent: "transaction",
          direction: "debit",
          amountMinor,
          account: "4321",
          counterparty: "HDFC CREDIT CARD",
          method: "NEFT",
          reference: `NEFT${n}`,
          sender: "VM-HDFCBK-S",
          category: "transfer",
        },
        ms,
      );
      push(
        {
          ...base(ms + 3_600_000),
          intent: "transaction",
          direction: "credit",
          amountMinor,
          account: "9012",
          accountKind: "card",
          counterparty: null,
          reference: null,
          sender: "VM-HDFCCC-S",
          category: null,
        },
        ms + 3_600_000,
      );
      history.transfers++;
    } else if (roll < 0.328 && purchases.length > 0) {
      const original = purchases[Math.max(0, purchases.length - 1 - Math.floor(r() * 50))] as NewTransactionRow;
      push(
        {
          ...base(ms),
          intent: "refund",
          direction: "credit",
          amountMinor: original.amountMinor,
          account: "4321",
          counterparty: original.counterparty,
          reference: null,
          sender: "VM-HDFCBK-S",
          category: null,
        },
        ms,
      );
      history.refunds++;
    } else {
      const amountMinor = r() < 0.3 ? pick(COMMON_AMOUNTS) : 1000 + Math.floor(r() * 500_000);
      const reference = r() < 0.8 ? String(400000000000 + n) : null;
      const tx = {
        ...base(ms),
        intent: "transaction",
        direction: "debit" as const,
        amountMinor,
        account: "4321",
        counterparty: pick(MERCHANTS),
        method: "UPI",
        reference,
        sender: "VM-HDFCBK-S",
        category: null,
      };
      const first = push(tx, ms);
      purchases.push({ ...tx, id: "", userId, smsId: first, occurredAt: "" });
      if (r() < 0.1 && n < total) {
        const second = push({ ...tx, sender: "AX-HDFCUPI-S", occurredAtMs: ms + 20_000 }, ms + 20_000);
        history.pairs.push([first, second]);
      }
    }
  }
  history.outcomes.length = Math.min(history.outcomes.length, total);
  return history;
}
