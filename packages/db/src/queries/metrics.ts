import { gte } from "drizzle-orm";
import type { Db } from "../client";
import { batchMetrics, type NewBatchMetricsRow } from "../schema";

export function insertBatchMetrics(db: Db, row: NewBatchMetricsRow) {
  return db.insert(batchMetrics).values(row);
}

/** Consumer batch rollups since `sinceMs`. */
export async function batchMetricsSince(db: Db, sinceMs: number) {
  return db.select().from(batchMetrics).where(gte(batchMetrics.at, sinceMs)).all();
}

/** SMS accepted per minute (epoch minute -> count), from the ingestion records. */
export async function acceptedPerMinute(db: Db, sinceMs: number): Promise<Map<number, number>> {
  const { results } = await db.$client
    .prepare("SELECT created_at / 60000 AS minute, SUM(accepted) AS n FROM ingestions WHERE created_at >= ? GROUP BY 1")
    .bind(sinceMs)
    .all<{ minute: number; n: number }>();
  return new Map(results.map((r) => [r.minute, r.n]));
}

/** Dead letters per minute since `sinceMs`, and how many are open now. */
export async function deadLetterCounts(
  db: Db,
  sinceMs: number,
): Promise<{ perMinute: Map<number, number>; open: number }> {
  const [perMinute, open] = await db.$client.batch([
    db.$client
      .prepare("SELECT created_at / 60000 AS minute, COUNT(*) AS n FROM dead_letters WHERE created_at >= ? GROUP BY 1")
      .bind(sinceMs),
    db.$client.prepare("SELECT COUNT(*) AS n FROM dead_letters WHERE status = 'open'"),
  ]);
  return {
    perMinute: new Map(((perMinute?.results ?? []) as { minute: number; n: number }[]).map((r) => [r.minute, r.n])),
    open: (open?.results[0] as { n: number } | undefined)?.n ?? 0,
  };
}

const addInto = (into: Map<number, number>, from: Map<number, number>) => {
  for (const [minute, n] of from) into.set(minute, (into.get(minute) ?? 0) + n);
};

/**
 * The metrics inputs since `sinceMs` over every database (admin views fan out over the D1 buckets): batch
 * rollups side by side, accepted and dead-letter counts summed per minute. Each database is read at once.
 */
export async function pipelineMetricsAcross(dbs: Db[], sinceMs: number) {
  const parts = await Promise.all(
    dbs.map((db) =>
      Promise.all([batchMetricsSince(db, sinceMs), acceptedPerMinute(db, sinceMs), deadLetterCounts(db, sinceMs)]),
    ),
  );
  const merged = {
    batches: [] as Awaited<ReturnType<typeof batchMetricsSince>>,
    accepted: new Map<number, number>(),
    dead: { perMinute: new Map<number, number>(), open: 0 },
  };
  for (const [batches, accepted, dead] of parts) {
    merged.batches.push(...batches);
    addInto(merged.accepted, accepted);
    addInto(merged.dead.perMinute, dead.perMinute);
    merged.dead.open += dead.open;
  }
  return merged;
}
