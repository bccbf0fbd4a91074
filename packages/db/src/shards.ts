import { userBucket } from "@smsledger/core";
import { createDb, type Db } from "./client";

/**
 * The D1 databases a Worker is bound to. `DB` is bucket 0 and also the directory (users, API keys);
 * `DB_1` … `DB_{N-1}` are the other buckets, with N = `D1_SHARDS` ("1" when unset). A user's SMS,
 * transactions, audit events, dead letters, usage and ledger rows live in the database of its bucket.
 */
export interface ShardedDatabases {
  DB: D1Database;
  D1_SHARDS?: string;
}

const resolved = new WeakMap<object, D1Database[]>();

/** The N D1 bindings in bucket order; a setting that names a missing binding is an error, not a fallback. */
export function d1Shards(env: ShardedDatabases): D1Database[] {
  const known = resolved.get(env);
  if (known) return known;
  const setting = env.D1_SHARDS ?? "1";
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1) throw new Error(`D1_SHARDS must be a positive integer, not "${setting}"`);
  const shards = [env.DB];
  for (let i = 1; i < count; i++) {
    const d1 = (env as unknown as Record<string, D1Database | undefined>)[`DB_${i}`];
    if (!d1) throw new Error(`D1_SHARDS is ${count} but the Worker has no D1 binding DB_${i}`);
    shards.push(d1);
  }
  resolved.set(env, shards);
  return shards;
}

/** The D1 binding of a user's bucket (the hash that also picks its queue shard, core's `userBucket`). */
export function d1For(env: ShardedDatabases, userId: string): D1Database {
  const shards = d1Shards(env);
  return shards[userBucket(userId, shards.length)] as D1Database;
}

/** Drizzle over the database of a user's bucket. */
export const dbFor = (env: ShardedDatabases, userId: string): Db => createDb(d1For(env, userId));

/** Drizzle over the directory (users and API keys): always `DB`, whatever N is. */
export const directoryDb = (env: ShardedDatabases): Db => createDb(env.DB);

/** Drizzle over every database, in bucket order: what admin views and sweepers fan out over. */
export const allDbs = (env: ShardedDatabases): Db[] => d1Shards(env).map(createDb);

/** Items grouped by the database of their user (first-seen order): one D1 batch per database touched. */
export function groupByDb<T>(env: ShardedDatabases, items: T[], userOf: (item: T) => string): Map<Db, T[]> {
  const groups = new Map<Db, T[]>();
  for (const item of items) {
    const db = dbFor(env, userOf(item));
    const group = groups.get(db);
    if (group) group.push(item);
    else groups.set(db, [item]);
  }
  return groups;
}
