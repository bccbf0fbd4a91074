import { and, desc, eq, gte, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Category, Direction, Intent } from "@smsledger/core";
import type { Db } from "../client";
import { transactions, type TransactionRow } from "../schema";

export interface TransactionCursor {
  occurredAtMs: number;
  id: string;
}

/** Ledger filters; every one optional. Amounts in minor units, times in epoch ms. */
export interface TransactionFilters {
  fromMs?: number;
  toMs?: number;
  direction?: Direction;
  intent?: Intent;
  minAmount?: number;
  maxAmount?: number;
  account?: string;
  /** Case-insensitive substring of the counterparty (the user's correction if any). */
  counterparty?: string;
  category?: Category;
  /** Include rows that are another alert of a transaction already listed (default: no). */
  includeDuplicates?: boolean;
}

/** The category and counterparty the user sees: their correction, else the parser's. */
export const effectiveCategory = sql<string | null>`coalesce(${transactions.userCategory}, ${transactions.category})`;
export const effectiveCounterparty = sql<
  string | null
>`coalesce(${transactions.userCounterparty}, ${transactions.counterparty})`;

/** A LIKE pattern matching `text` anywhere; `%`, `_` and the backslash are escaped (for `ESCAPE '\'`). */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function filterConditions(userId: string, f: TransactionFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    eq(transactions.userId, userId),
    f.includeDuplicates ? undefined : isNull(transactions.duplicateOf),
    f.fromMs !== undefined ? gte(transactions.occurredAtMs, f.fromMs) : undefined,
    f.toMs !== undefined ? lt(transactions.occurredAtMs, f.toMs) : undefined,
    f.direction ? eq(transactions.direction, f.direction) : undefined,
    f.intent ? eq(transactions.intent, f.intent) : undefined,
    f.minAmount !== undefined ? gte(transactions.amountMinor, f.minAmount) : undefined,
    f.maxAmount !== undefined ? lte(transactions.amountMinor, f.maxAmount) : undefined,
    f.account ? eq(transactions.account, f.account) : undefined,
    f.counterparty ? sql`${effectiveCounterparty} LIKE ${likeContains(f.counterparty)} ESCAPE '\\'` : undefined,
    f.category ? sql`${effectiveCategory} = ${f.category}` : undefined,
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

/** A page of the user's transactions, newest first, after the cursor. */
export async function listTransactions(
  db: Db,
  userId: string,
  options: { limit: number; after?: TransactionCursor | null; filters?: TransactionFilters },
): Promise<{ rows: TransactionRow[]; next: TransactionCursor | null }> {
  const after = options.after;
  const page = await db
    .select()
    .from(transactions)
    .where(
      and(
        ...filterConditions(userId, options.filters ?? {}),
        // A row-value comparison, so that SQLite seeks the (user, time, id) index to the cursor; the
        // equivalent OR made every page scan from the newest row (quadratic over a CSV export).
        after
          ? sql`(${transactions.occurredAtMs}, ${transactions.id}) < (${after.occurredAtMs}, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(transactions.occurredAtMs), desc(transactions.id))
    .limit(options.limit + 1)
    .all();
  const rows = page.slice(0, options.limit);
  const last = rows.at(-1);
  const next = page.length > options.limit && last ? { occurredAtMs: last.occurredAtMs, id: last.id } : null;
  return { rows, next };
}

/**
 * Rows merged into the given transactions as other alerts of them. The ids are bound as ONE JSON
 * parameter read with json_each, so a page of any size stays inside D1's 100-parameter cap.
 */
export async function duplicatesOf(db: Db, userId: string, ids: string[]): Promise<Map<string, TransactionRow[]>> {
  const byCanonical = new Map<string, TransactionRow[]>();
  if (ids.length === 0) return byCanonical;
  const canonical = sql`${transactions.duplicateOf} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  const rows = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.userId, userId), canonical))
    .all();
  for (const row of rows)
    byCanonical.set(row.duplicateOf as string, [...(byCanonical.get(row.duplicateOf as string) ?? []), row]);
  return byCanonical;
}

/** The transactions read from one SMS. */
export async function transactionsOfSms(db: Db, userId: string, smsId: string): Promise<TransactionRow[]> {
  return db
    .select()
    .from(transactions)
    .where(and(eq(transactions.userId, userId), eq(transactions.smsId, smsId)))
    .all();
}
