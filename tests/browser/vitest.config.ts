import { defineConfig } from "vitest/config";

// Plain Node tests that drive headless Debian Chromium (/usr/bin/chromium) through playwright-core.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 360_000, // wrangler dev may take minutes to start on a loaded machine
    fileParallelism: false,
  },
});
