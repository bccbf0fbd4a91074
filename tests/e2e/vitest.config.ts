import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(new URL("../../packages/db/migrations", import.meta.url).pathname);
const bindings = {
  TEST_MIGRATIONS: migrations,
  ADMIN_TOKEN: "test-admin-token",
  RETRY_BASE_SECONDS: "0",
  FAULTS: "",
  UPSTREAM_URL: "",
  UPSTREAM_MODEL: "",
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" }, miniflare: { bindings } })],
        test: { name: "e2e", include: ["test/*.test.ts"], setupFiles: ["./test/setup.ts"], testTimeout: 60_000 },
      },
      {
        // The same Workers under injected faults: the consumer throws, D1 batches fail, the upstream fails.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: { bindings: { ...bindings, FAULTS: "consumer_throw=0.2,d1_fail=0.2,upstream_fail=0.2" } },
          }),
        ],
        test: {
          name: "faults",
          include: ["test/faults/*.test.ts"],
          setupFiles: ["./test/setup.ts"],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
