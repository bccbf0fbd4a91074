import type { ConsumerEnv } from "../src/bindings";
import type { SmsJob } from "@smsledger/core";
import { deliver } from "./helpers";

/**
 * Delivers jobs as the queue would: messages given back (e.g. waiting for an upstream permit from the
 * shared RateLimiter) are delivered again, a little later, until every one is acked.
 */
export async function deliverUntilAcked(jobs: SmsJob[], env: ConsumerEnv, tries = 40): Promise<number> {
  let left = jobs;
  let deliveries = 0;
  while (left.length > 0 && deliveries < tries) {
    deliveries++;
    const result = await deliver(left, { env, attempts: deliveries });
    const retried = result.retryMessages.length;
    if (retried === 0) return deliveries;
    // Messages are matched by order: deliver() names them m<index>-….
    const again = new Set(result.retryMessages.map((m) => Number(/^m(\d+)-/.exec(m.msgId)?.[1])));
    left = left.filter((_, i) => again.has(i));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (left.length > 0) throw new Error(`${left.length} message(s) still not acked after ${tries} deliveries`);
  return deliveries;
}
