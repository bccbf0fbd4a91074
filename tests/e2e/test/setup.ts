import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import { env } from "cloudflare:workers";

const testEnv = env as unknown as { DB: D1Database; DB_1: D1Database; TEST_MIGRATIONS: D1Migration[] };
// Every D1 database gets the same migrations (the tests run with D1_SHARDS = 2).
for (const d1 of [testEnv.DB, testEnv.DB_1]) await applyD1Migrations(d1, testEnv.TEST_MIGRATIONS);
