import { Hono } from "hono";
import { MAX_PATCH_BODY_BYTES } from "@smsledger/config";
import { TransactionPatch, type TransactionItem } from "@smsledger/core";
import { correctTransaction, duplicatesOf, listTransactions, type Db, type TransactionCursor, type TransactionFilters } from "@smsledger/db";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { fieldIssues, problem } from "../lib/problem";
import { TransactionQuery } from "../lib/query";
import { limitBody } from "../middleware/body-limit";
import { csvHeader, toCsvLine, toTransactionItem } from "../views/transaction";

export const transactionRoutes = new Hono<AppEnv>();

/** Rows a CSV export may hold, and rows read per D1 query while it streams. */
const MAX_CSV_ROWS = 100_000;
const CSV_PAGE_ROWS = 500;

type Page = Awaited<ReturnType<typeof page>>;

/**
 * The CSV export, streamed a page at a time (memory stays one page, whatever the ledger's size). The
 * first page is read before the answer starts, so that a failing query is still a 500; a later
 * failure aborts the stream (the client sees a broken transfer, never a short file that looks whole).
 */
function csvStream(first: Page, next: (cursor: TransactionCursor) => Promise<Page>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let current = first;
  let rows = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader));
    },
    async pull(controller) {
      const result = current;
      controller.enqueue(encoder.encode(result.items.map(toCsvLine).join("")));
      rows += result.items.length;
      if (!result.next || rows >= MAX_CSV_ROWS) return controller.close();
      current = await next(result.next);
    },
  });
}

async function page(db: Db, userId: string, limit: number, after: TransactionCursor | null, filters: TransactionFilters) {
  const { rows, next } = await listTransactions(db, userId, { limit, after, filters });
  const merged = await duplicatesOf(db, userId, rows.map((r) => r.id));
  const items: TransactionItem[] = rows.map((row) => toTransactionItem(row, merged.get(row.id)));
  return { items, next };
}

transactionRoutes.get("/", async (c) => {
  const query = TransactionQuery.safeParse(c.req.query());
  if (!query.success) return problem(c, 400, "invalid_query", "Some query parameters are invalid", fieldIssues(query.error));
  const q = query.data;
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !after) return problem(c, 400, "invalid_query", "Bad cursor", [{ field: "cursor", message: "not a cursor issued by this API" }]);
  const filters: TransactionFilters = {
    fromMs: q.from,
    toMs: q.to,
    direction: q.direction,
    intent: q.intent,
    minAmount: q.min_amount,
    maxAmount: q.max_amount,
    account: q.account,
    counterparty: q.counterparty,
    category: q.category,
    includeDuplicates: q.include_duplicates,
  };
  const db = c.get("db");
  const userId = c.get("userId");
  const wantsCsv = q.format === "csv" || (q.format === undefined && (c.req.header("accept") ?? "").includes("text/csv"));
  if (!wantsCsv) {
    const result = await page(db, userId, q.limit, after, filters);
    return c.json({ items: result.items, next_cursor: result.next ? encodeCursor(result.next) : null });
  }
  const first = await page(db, userId, CSV_PAGE_ROWS, after, filters);
  c.header("content-disposition", 'attachment; filename="transactions.csv"');
  return c.body(csvStream(first, (cursor) => page(db, userId, CSV_PAGE_ROWS, cursor, filters)), 200, {
    "content-type": "text/csv; charset=utf-8",
  });
});

transactionRoutes.patch("/:id", limitBody(MAX_PATCH_BODY_BYTES), async (c) => {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return problem(c, 400, "invalid_json", "The body is not valid JSON", [{ field: "(body)", message: "invalid JSON" }]);
  }
  const patch = TransactionPatch.safeParse(json);
  if (!patch.success) return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(patch.error));
  const row = await correctTransaction(c.get("db"), c.get("userId"), c.req.param("id"), patch.data, Date.now());
  if (!row) return problem(c, 404, "not_found", "No such transaction");
  const merged = await duplicatesOf(c.get("db"), c.get("userId"), [row.id]);
  return c.json(toTransactionItem(row, merged.get(row.id)));
});
