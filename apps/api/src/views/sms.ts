import type { SmsItem } from "@smsledger/core";
import type { SmsRow, TransactionRow } from "@smsledger/db";
import { toTransactionItem } from "./transaction";

/** One stored SMS as `GET /v1/sms/:id` serves it, with its readings and audit trail. */
export function toSmsItem(
  row: SmsRow,
  txs: TransactionRow[],
  events: { state: string; detail: string | null; at: number }[],
): SmsItem {
  return {
    id: row.id,
    ingestion_id: row.ingestionId,
    sender: row.sender,
    body: row.body,
    received_at: row.receivedAt,
    state: row.state,
    intent: row.intent,
    parser: row.parser,
    confidence: row.confidence,
    error: row.error,
    attempts: row.attempts,
    transactions: txs.map((tx) => toTransactionItem(tx)),
    events: events.map((e) => ({ state: e.state, detail: e.detail, at: new Date(e.at).toISOString() })),
  };
}
