import { defineConfig } from "vitest/config";

// Plain Node tests: the format readers on small files, and imports against the real local stack
// (scripts/dev.mjs on a free port: both Workers under wrangler with Miniflare's D1, KV, Queues and DO).
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    // Dates in exports carry no zone: the readers use the machine's; fixed here so results are stable.
    env: { TZ: "Asia/Kolkata" },
    testTimeout: 300_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
