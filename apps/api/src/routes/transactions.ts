import { createRoute, z } from "@hono/zod-openapi";
import { MAX_PATCH_BODY_BYTES } from "@smsledger/config";
import { TransactionItem, TransactionPage, TransactionPatch } from "@smsledger/core";
import {
  correctTransaction,
  duplicatesOf,
  listTransactions,
  type Db,
  type TransactionCursor,
  type TransactionFilters,
} from "@smsledger/db";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { jsonBody as readJsonBody } from "../lib/json-body";
import { problem } from "../lib/problem";
import { TransactionQuery } from "../lib/query";
import { limitBody } from "../middleware/body-limit";
import { openApiApp } from "../openapi/app";
import { errorBody, idParam, jsonBody, userAuth, userErrors } from "../openapi/schemas";
import { csvHeader, toCsvLine, toTransactionItem } from "../views/transaction";

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

async function page(
  db: Db,
  userId: string,
  limit: number,
  after: TransactionCursor | null,
  filters: TransactionFilters,
) {
  const { rows, next } = await listTransactions(db, userId, { limit, after, filters });
  const merged = await duplicatesOf(
    db,
    userId,
    rows.map((r) => r.id),
  );
  const items: TransactionItem[] = rows.map((row) => toTransactionItem(row, merged.get(row.id)));
  return { items, next };
}

const listRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The ledger, newest first, with filters and cursor pagination; CSV with ?format=csv or Accept: text/csv",
  security: userAuth,
  request: { query: TransactionQuery },
  responses: {
    200: {
      description: "A page (JSON), or the whole filtered ledger (CSV, streamed, up to 100,000 rows)",
      content: { "application/json": { schema: TransactionPage }, "text/csv": { schema: z.string() } },
    },
    400: errorBody("Bad query"),
    ...userErrors,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/{id}",
  summary: "Correct category or counterparty (survives reprocessing)",
  security: userAuth,
  middleware: [limitBody(MAX_PATCH_BODY_BYTES), readJsonBody({ malformed: "invalid_json" })] as const,
  request: {
    params: z.object({ id: idParam("id") }),
    body: { required: true, content: { "application/json": { schema: TransactionPatch } } },
  },
  responses: {
    200: jsonBody(TransactionItem, "Updated"),
    400: errorBody("Invalid"),
    ...userErrors,
    404: errorBody("Not found"),
    413: errorBody("Body over 4 KiB"),
  },
});

export const transactionRoutes = openApiApp()
  .openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !after) {
      return problem(c, 400, "invalid_query", "Bad cursor", [
        { field: "cursor", message: "not a cursor issued by this API" },
      ]);
    }
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
    const wantsCsv =
      q.format === "csv" || (q.format === undefined && (c.req.header("accept") ?? "").includes("text/csv"));
    if (!wantsCsv) {
      const result = await page(db, userId, q.limit, after, filters);
      return c.json({ items: result.items, next_cursor: result.next ? encodeCursor(result.next) : null }, 200);
    }
    const first = await page(db, userId, CSV_PAGE_ROWS, after, filters);
    c.header("content-disposition", 'attachment; filename="transactions.csv"');
    // A stream: the typed client reads it with `res.text()` (the CSV media type above documents it).
    return c.body(
      csvStream(first, (cursor) => page(db, userId, CSV_PAGE_ROWS, cursor, filters)),
      200,
      {
        "content-type": "text/csv; charset=utf-8",
      },
    );
  })
  .openapi(patchRoute, async (c) => {
    const db = c.get("db");
    const userId = c.get("userId");
    const row = await correctTransaction(db, userId, c.req.valid("param").id, c.req.valid("json"), Date.now());
    if (!row) return problem(c, 404, "not_found", "No such transaction");
    const merged = await duplicatesOf(db, userId, [row.id]);
    return c.json(toTransactionItem(row, merged.get(row.id)), 200);
  });
