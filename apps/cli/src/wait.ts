import type { IngestionStatus } from "@smsledger/core";
import type { ImportIo } from "./import";

/** The SMS of an import by state, summed over its ingestions. */
export type StateCounts = Pick<
  IngestionStatus,
  "pending" | "parsed" | "not_financial" | "needs_review" | "dead_lettered"
>;

const POLL_MS = 1000;

/** Polls the import's ingestions until none has an SMS pending, or the timeout; returns the last counts. */
export async function waitForIngestions(io: ImportIo, ids: string[], timeoutSeconds: number): Promise<StateCounts> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const unique = [...new Set(ids)];
  for (;;) {
    const total: StateCounts = { pending: 0, parsed: 0, not_financial: 0, needs_review: 0, dead_lettered: 0 };
    for (const id of unique) {
      const status = await io.api.getIngestion(id);
      if (!status) continue;
      for (const key of Object.keys(total) as (keyof StateCounts)[]) total[key] += status[key];
    }
    if (total.pending === 0 || Date.now() > deadline) return total;
    io.log(`import: waiting for processing: ${total.pending.toLocaleString("en-US")} SMS pending\n`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
