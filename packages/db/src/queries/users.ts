import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, users } from "../schema";

/** The user owning an active API key with this SHA-256 hash, or null. */
export async function findUserIdByKeyHash(db: Db, keyHash: string): Promise<string | null> {
  const row = await db
    .select({ userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .get();
  return row?.userId ?? null;
}

export async function insertUser(db: Db, user: { id: string; name: string }): Promise<void> {
  await db.insert(users).values(user).onConflictDoNothing();
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
    db.insert(apiKeys).values({ id: key.id, userId: user.id, keyHash: key.hash, prefix: key.prefix, label: key.label ?? null }),
  ]);
}
