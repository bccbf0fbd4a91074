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

/** Tables holding a user's rows in its bucket's database (everything but the directory). */
const USER_DATA_TABLES = [
  "transactions",
  "ledger_corrections",
  "ledger_versions",
  "sms_events",
  "dead_letters",
  "sms",
  "ingestions",
  "user_usage",
];

const eraseData = (db: Db, userId: string) =>
  USER_DATA_TABLES.map((table) => db.$client.prepare(`DELETE FROM ${table} WHERE user_id = ?`).bind(userId));
const eraseEntry = (db: Db, userId: string) => [
  db.$client.prepare("DELETE FROM api_keys WHERE user_id = ?").bind(userId),
  db.delete(users).where(eq(users.id, userId)),
];

/**
 * Erases every row of a user: SMS, transactions, ledger, ingestions, dead letters, audit events and usage
 * in the database of its bucket (`data`), then its keys and the user in the directory. With one database
 * that is one D1 batch; with several, the data goes first, so an erase cut short leaves the user listed
 * and the same DELETE finishes it.
 */
export async function eraseUser(directory: Db, data: Db, userId: string): Promise<void> {
  if (directory === data) {
    await runBatch(directory, [...eraseData(data, userId), ...eraseEntry(directory, userId)]);
    return;
  }
  await runBatch(data, eraseData(data, userId));
  await runBatch(directory, eraseEntry(directory, userId));
}
