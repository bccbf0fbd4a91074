import { and, desc, eq, lt, or } from "drizzle-orm";
import type { Db } from "../client";
import { transactions, type TransactionRow } from "../schema";

export interface TransactionCursor {
  occurredAtMs: number;
  id: string;
}

/** A page of the user's transactions, newest first, after the cursor. */
export async function listTransactions(
  db: Db,
  userId: string,
  options: { limit: number; after?: TransactionCursor | null },
): Promise<{ rows: TransactionRow[]; next: TransactionCursor | null }> {
  const after = options.after;
  const page = await db
    .select()
    .from(transactions)
    .where(
      and(
        eq(transactions.userId, userId),
        after
          ? or(
              lt(transactions.occurredAtMs, after.occurredAtMs),
              and(eq(transactions.occurredAtMs, after.occurredAtMs), lt(transactions.id, after.id)),
            )
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
