#!/usr/bin/env node
// First step of `pnpm test`: says in its first line what this machine lacks, before any suite starts.
import { existsSync } from "node:fs";

const missing = [];
const [major] = process.versions.node.split(".").map(Number);
if (major < 22)
  missing.push(`Node >= 22 (this is ${process.version}; on a fresh machine: source .ci/bootstrap-node.sh)`);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  missing.push(
    `Debian's Chromium at ${chromium} for tests/browser (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}
if (missing.length > 0) {
  console.error(`pnpm test needs: ${missing.join("; ")}`);
  process.exit(1);
}
console.log(`pnpm test: node ${process.version}, chromium ${chromium}`);
