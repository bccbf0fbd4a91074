import { defineConfig } from "vitest/config";

// Plain Node tests that drive headless Debian Chromium (/usr/bin/chromium) through playwright-core.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
