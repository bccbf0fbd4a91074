import type { ConsumerEnv } from "./bindings";
import { processDeadLetters } from "./queue/dead-letters";
import { processBatch } from "./queue/process-batch";
import { requeueStuck } from "./sweeper/requeue-stuck";

export { RateLimiter } from "./limiter/rate-limiter";

/** Name suffix that marks a dead-letter queue (`smsledger-sms-dlq`, `smsledger-sms-dlq-production`, …). */
const isDeadLetterQueue = (name: string): boolean => /-dlq(?:-|$)/.test(name);

export default {
  async queue(batch, env): Promise<void> {
    if (isDeadLetterQueue(batch.queue)) await processDeadLetters(batch, env);
    else await processBatch(batch, env);
  },
  async scheduled(_controller, env, ctx): Promise<void> {
    ctx.waitUntil(requeueStuck(env));
  },
} satisfies ExportedHandler<ConsumerEnv>;
