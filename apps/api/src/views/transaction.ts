import { currencyExponent, formatMinor, type TransactionItem } from "@smsledger/core";
import type { TransactionRow } from "@smsledger/db";

/** A stored transaction as the API serves it; `merged` are other alerts of it (duplicates). */
export function toTransactionItem(row: TransactionRow, merged: TransactionRow[] = []): TransactionItem {
  // Minor units are at the currency's own exponent (fils of OMR/JOD/KWD are thousandths).
  const exponent = currencyExponent(row.currency);
  return {
    id: row.id,
    sms_id: row.smsId,
    intent: row.intent,
    direction: row.direction,
    amount: formatMinor(row.amountMinor, exponent),
    currency: row.currency,
    account: row.account,
    account_kind: row.accountKind,
    counterparty: row.userCounterparty ?? row.counterparty,
    method: row.method,
    reference: row.reference,
    balance: row.balanceMinor === null ? null : formatMinor(row.balanceMinor, exponent),
    occurred_at: row.occurredAt,
    institution: row.institution,
    category: row.userCategory ?? row.category,
    parser: row.parser,
    confidence: row.confidence,
    corrected: row.correctedAt !== null,
    sms_ids: [row.smsId, ...merged.map((m) => m.smsId)],
    link_kind: row.duplicateOf ? "duplicate" : row.linkKind,
    counterpart_id: row.duplicateOf ?? row.counterpartId,
    link_reason: row.linkReason,
  };
}

const CSV_COLUMNS = [
  "id",
  "occurred_at",
  "direction",
  "amount",
  "currency",
  "account",
  "account_kind",
  "counterparty",
  "category",
  "method",
  "reference",
  "balance",
  "institution",
  "intent",
  "link_kind",
  "sms_ids",
] as const;

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(" ") : value === null || value === undefined ? "" : String(value);
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const csvHeader = `${CSV_COLUMNS.join(",")}\r\n`;

export function toCsvLine(item: TransactionItem): string {
  return `${CSV_COLUMNS.map((column) => csvCell(item[column])).join(",")}\r\n`;
}
