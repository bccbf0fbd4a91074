import { fnv1a64Hex } from "../templates/hash";

/** The queue shards a Worker is bound to: SMS_QUEUE, then SMS_QUEUE_1 … SMS_QUEUE_3 when configured. */
export interface ShardedQueues<Q> {
  SMS_QUEUE: Q;
  SMS_QUEUE_1?: Q;
  SMS_QUEUE_2?: Q;
  SMS_QUEUE_3?: Q;
}

export function queueShards<Q>(env: ShardedQueues<Q>): Q[] {
  return [env.SMS_QUEUE, env.SMS_QUEUE_1, env.SMS_QUEUE_2, env.SMS_QUEUE_3].filter((q): q is Q => q !== undefined);
}

/**
 * The shard that carries a user's SMS: a stable hash of the user id, so one user's messages always
 * travel through the same queue while users spread over all of them (each queue has its own
 * throughput limit and consumer invocations).
 */
export function queueFor<Q>(env: ShardedQueues<Q>, userId: string): Q {
  const shards = queueShards(env);
  const index = Number.parseInt(fnv1a64Hex(userId).slice(-8), 16) % shards.length;
  return shards[index] as Q;
}
