import { fastCheckSeed } from "@smsledger/config/testing";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    provide: { fcSeed: fastCheckSeed(process.env.FC_SEED) },
  },
});
