import { drizzle, type DrizzleD1Database } from "drizzle-orm/d1";
import * as schema from "./schema";

/** Drizzle over D1, keeping the raw binding as `$client` for batched raw statements. */
export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database };

/**
 * One drizzle client per D1 binding: building one walks the whole schema (relations config), which
 * every request would otherwise pay. The binding object lives as long as the isolate.
 */
const clients = new WeakMap<D1Database, Db>();

/** A drizzle client over a D1 binding. */
export function createDb(d1: D1Database): Db {
  let db = clients.get(d1);
  if (!db) {
    db = drizzle(d1, { schema });
    clients.set(d1, db);
  }
  return db;
}
