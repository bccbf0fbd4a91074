import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { runBatch } from "../batch";
import { apiKeys, users } from "../schema";

/** The active API key with this SHA-256 hash (its id and user), or null. */
export async function findActiveKey(db: Db, keyHash: string): Promise<{ keyId: string; userId: string } | null> {
  const row = await db
    .select({ keyId: apiKeys.id, userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .get();
  return row ?? null;
}

export async function insertApiKey(
  db: Db,
  key: { id: string; userId: string; keyHash: string; prefix: string; label?: string | null },
): Promise<void> {
  await db.insert(apiKeys).values(key);
}

/** Creates a user with one API key whose hash is given; returns nothing secret. */
export async function createUserWithKey(
  db: Db,
  user: { id: string; name: string },
  key: { id: string; hash: string; prefix: string; label?: string },
): Promise<void> {
  await db.batch([
    db.insert(users).values(user).onConflictDoNothing(),
    db
      .insert(apiKeys)
      .values({ id: key.id, userId: user.id, keyHash: key.hash, prefix: key.prefix, label: key.label ?? null }),
  ]);
}

/** Revokes a key; returns whether an active key was found. */
export async function revokeApiKey(db: Db, keyId: string, at: number): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

export async function userExists(db: Db, userId: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) !== undefined;
}

/** Erases every row of a user: SMS, transactions, ingestions, dead letters, audit events, usage, keys, the user. */
export async function eraseUser(db: Db, userId: string): Promise<void> {
  const tables = ["transactions", "sms_events", "dead_letters", "sms", "ingestions", "user_usage", "api_keys"];
  await runBatch(db, [
    ...tables.map((table) => db.$client.prepare(`DELETE FROM ${table} WHERE user_id = ?`).bind(userId)),
    db.delete(users).where(eq(users.id, userId)),
  ]);
}
