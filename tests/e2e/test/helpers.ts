import { newApiKey } from "@smsledger/core";
import { createUserWithKey, d1Shards, directoryDb } from "@smsledger/db";
import { env, exports } from "cloudflare:workers";

/** The test Worker's bindings: two D1 databases, `DB` and `DB_1` (D1_SHARDS = 2, wrangler.jsonc). */
export const testEnv = env as unknown as { DB: D1Database; DB_1: D1Database; D1_SHARDS: string };
const worker = (exports as unknown as { default: Fetcher }).default;

/** A new user with a fresh API key. */
export async function newUser(name: string): Promise<{ userId: string; key: string }> {
  const userId = `usr_${crypto.randomUUID().replaceAll("-", "")}`;
  const key = await newApiKey();
  await createUserWithKey(
    directoryDb(testEnv),
    { id: userId, name },
    { id: `key_${userId}`, hash: key.hash, prefix: key.prefix },
  );
  return { userId, key: key.key };
}

/** Calls the combined Worker as a user would. */
export function api(path: string, key: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${key}`);
  return worker.fetch(new Request(`http://api.test${path}`, { ...init, headers }));
}

export function postSms(key: string, messages: unknown[]): Promise<Response> {
  return api("/v1/sms", key, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ messages }),
  });
}

/** Polls `read` until `done` holds or the timeout passes; returns the last value. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rows of one query run on every D1 database (bucket order), concatenated. */
export async function rowsEverywhere<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const parts = await Promise.all(
    d1Shards(testEnv).map(
      async (d1) =>
        (
          await d1
            .prepare(sql)
            .bind(...params)
            .all<T>()
        ).results,
    ),
  );
  return parts.flat();
}

/** A `SELECT COUNT(*) AS n …` summed over every D1 database. */
export async function countEverywhere(sql: string, ...params: unknown[]): Promise<number> {
  return (await rowsEverywhere<{ n: number }>(sql, ...params)).reduce((sum, row) => sum + row.n, 0);
}
