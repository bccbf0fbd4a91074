import { defineConfig } from "tsdown";

/**
 * The published build of @smsledger/core: ESM + .d.ts for Node >= 20 (the library) and the `smsledger-parse` bin.
 * zod stays an external (a real dependency); the private @smsledger/config constants are bundled in.
 */
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: "esm",
  platform: "node",
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: false,
  // Fails the build if the output imports anything but zod (and node: built-ins).
  deps: { alwaysBundle: ["@smsledger/config"], onlyImport: ["zod"] },
});
