import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { fastCheckSeed } from "@smsledger/config/testing";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(new URL("../../packages/db/migrations", import.meta.url).pathname);

export default defineConfig({
  plugins: [
    cloudflareTest({
      main: "./test/worker.ts",
      wrangler: { configPath: "./wrangler.jsonc" },
      miniflare: {
        // Vars are pinned so that a local .dev.vars (written by `pnpm dev`) cannot leak into tests.
        bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: "test-admin-token", FAULTS: "" },
        // The consumer's real RateLimiter, local to the test Worker instead of bound by script name.
        durableObjects: { RATE_LIMITER: { className: "RateLimiter", useSQLite: true } },
        // A second, real D1 database that no migration is ever applied to: the health check's 503 path.
        d1Databases: {
          DB: "00000000-0000-4000-8000-000000000001",
          UNMIGRATED_DB: "00000000-0000-4000-8000-0000000000ff",
        },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup.ts", "./test/fast-check-seed.ts"],
    provide: { fcSeed: fastCheckSeed(process.env.FC_SEED) },
    testTimeout: 20_000,
  },
});
