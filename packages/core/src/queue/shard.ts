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
 * A user's bucket among `count` (0 … count-1): the low 32 bits of the user id's 64-bit FNV-1a, mod count.
 * The one hash that places a user, used for its queue shard (`queueFor`) and its D1 database (`dbFor` in
 * @smsledger/db). With power-of-two counts, bucket mod 2ᵏ of a finer split is the coarser one, so a queue
 * shard's users all live in one database whenever there are at least as many queue shards as databases.
 */
export function userBucket(userId: string, count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`bucket count must be a positive integer: ${count}`);
  return Number.parseInt(fnv1a64Hex(userId).slice(-8), 16) % count;
}

/**
 * The shard that carries a user's SMS: a stable hash of the user id, so one user's messages always
 * travel through the same queue while users spread over all of them (each queue has its own
 * throughput limit and consumer invocations).
 */
export function queueFor<Q>(env: ShardedQueues<Q>, userId: string): Q {
  const shards = queueShards(env);
  return shards[userBucket(userId, shards.length)] as Q;
}
