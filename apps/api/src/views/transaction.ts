import { formatMinor, type TransactionItem } from "@smsledger/core";
import type { TransactionRow } from "@smsledger/db";

/** A stored transaction as the API serves it. */
export function toTransactionItem(row: TransactionRow): TransactionItem {
  return {
    id: row.id,
    sms_id: row.smsId,
    intent: row.intent as TransactionItem["intent"],
    direction: row.direction,
    amount: formatMinor(row.amountMinor),
    currency: row.currency,
    account: row.account,
    account_kind: row.accountKind as TransactionItem["account_kind"],
    counterparty: row.counterparty,
    method: row.method as TransactionItem["method"],
    reference: row.reference,
    balance: row.balanceMinor === null ? null : formatMinor(row.balanceMinor),
    occurred_at: row.occurredAt,
    institution: row.institution,
    category: row.category as TransactionItem["category"],
    parser: row.parser,
    confidence: row.confidence,
  };
}
