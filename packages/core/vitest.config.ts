import { fastCheckSeed } from "@smsledger/config/testing";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    provide: { fcSeed: fastCheckSeed(process.env.FC_SEED) },
    // CPU-bound tests (2,385 fixtures, fuzzing, the CLI in a child process) take 2–6 s on a loaded machine.
    testTimeout: 30_000,
  },
});
