import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { fastCheckSeed } from "@smsledger/config/testing";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations(new URL("../../packages/db/migrations", import.meta.url).pathname);

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.jsonc" },
      // FAULTS: only SMS whose body carries POISON_MARKER fail (test/poison.test.ts, through the real queue).
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: migrations,
          RETRY_BASE_SECONDS: "0",
          FAULTS: "poison=1",
          UPSTREAM_URL: "",
          UPSTREAM_MODEL: "",
        },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup.ts", "./test/fast-check-seed.ts"],
    provide: { fcSeed: fastCheckSeed(process.env.FC_SEED) },
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 20_000,
  },
});
