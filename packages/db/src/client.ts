import { drizzle, type DrizzleD1Database } from "drizzle-orm/d1";
import * as schema from "./schema";

/** Drizzle over D1, keeping the raw binding as `$client` for batched raw statements. */
export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database };

/** A drizzle client over a D1 binding. */
export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}
