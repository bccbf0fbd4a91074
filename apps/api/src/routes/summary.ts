import { createRoute } from "@hono/zod-openapi";
import { formatMinor, Summary } from "@smsledger/core";
import { summarise, type SummaryRow } from "@smsledger/db";
import { SummaryQuery } from "../lib/query";
import { openApiApp } from "../openapi/app";
import { errorBody, jsonBody, userAuth, userErrors } from "../openapi/schemas";

/** Months are those of Asia/Kolkata (UTC+05:30), the zone the parser reads dates in by default. */
const ZONE_OFFSET_MS = 330 * 60_000;

const money = (row: Pick<SummaryRow, "income" | "expense">) => ({
  income: formatMinor(row.income),
  expense: formatMinor(row.expense),
  net: formatMinor(row.income - row.expense),
});

const summaryRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Income, expense and net per month, category, counterparty or account",
  security: userAuth,
  request: { query: SummaryQuery },
  responses: { 200: jsonBody(Summary, "Summary"), 400: errorBody("Bad query"), ...userErrors },
});

export const summaryRoutes = openApiApp().openapi(summaryRoute, async (c) => {
  const q = c.req.valid("query");
  const rows = await summarise(c.get("db"), c.get("userId"), {
    group: q.group,
    fromMs: q.from ?? 0,
    toMs: q.to ?? Number.MAX_SAFE_INTEGER,
    offsetMs: ZONE_OFFSET_MS,
    includeTransfers: q.include_transfers,
  });
  const totals = new Map<string, SummaryRow>();
  for (const row of rows) {
    const total = totals.get(row.currency) ?? { key: null, currency: row.currency, income: 0, expense: 0, count: 0 };
    total.income += row.income;
    total.expense += row.expense;
    total.count += row.count;
    totals.set(row.currency, total);
  }
  const summary: Summary = {
    group: q.group,
    from: q.from === undefined ? null : new Date(q.from).toISOString(),
    to: q.to === undefined ? null : new Date(q.to).toISOString(),
    include_transfers: q.include_transfers,
    items: rows.map((row) => ({ key: row.key, currency: row.currency, count: row.count, ...money(row) })),
    totals: [...totals.values()].map((row) => ({ currency: row.currency, count: row.count, ...money(row) })),
  };
  return c.json(summary, 200);
});
