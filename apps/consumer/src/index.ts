import type { ConsumerEnv } from "./bindings";
import { meteredQueue, metering } from "@smsledger/db/metering";
import { processDeadLetters } from "./queue/dead-letters";
import { processBatch } from "./queue/process-batch";
import { requeueStuck } from "./sweeper/requeue-stuck";

export { RateLimiter } from "./limiter/rate-limiter";

/** Name suffix that marks a dead-letter queue (`smsledger-sms-dlq`, `smsledger-sms-dlq-production`, …). */
const isDeadLetterQueue = (name: string): boolean => /-dlq(?:-|$)/.test(name);

async function queue(batch: MessageBatch<unknown>, env: ConsumerEnv): Promise<void> {
  if (isDeadLetterQueue(batch.queue)) await processDeadLetters(batch, env);
  else await processBatch(batch, env);
}

/** `METER=1` (pnpm bench only) counts billable units per batch; off, batches go straight to `queue`. */
const metered = meteredQueue<ConsumerEnv>("consumer", queue);

export default {
  queue: (batch, env) => (metering(env) ? metered(batch, env) : queue(batch, env)),
  async scheduled(_controller, env, ctx): Promise<void> {
    ctx.waitUntil(requeueStuck(env));
  },
} satisfies ExportedHandler<ConsumerEnv>;
