import { Hono } from "hono";
import { z } from "zod";
import { listTransactions } from "@smsledger/db";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { fieldIssues, problem } from "../lib/problem";
import { toTransactionItem } from "../views/transaction";

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(512).optional(),
});

export const transactionRoutes = new Hono<AppEnv>();

transactionRoutes.get("/", async (c) => {
  const query = ListQuery.safeParse(c.req.query());
  if (!query.success) return problem(c, 400, "invalid_query", "Some query parameters are invalid", fieldIssues(query.error));
  const after = query.data.cursor ? decodeCursor(query.data.cursor) : null;
  if (query.data.cursor && !after) {
    return problem(c, 400, "invalid_query", "Bad cursor", [{ field: "cursor", message: "not a cursor issued by this API" }]);
  }
  const page = await listTransactions(c.get("db"), c.get("userId"), { limit: query.data.limit, after });
  return c.json({ items: page.rows.map(toTransactionItem), next_cursor: page.next ? encodeCursor(page.next) : null });
});
