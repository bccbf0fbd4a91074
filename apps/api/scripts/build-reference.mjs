#!/usr/bin/env node
// Copies the API reference page's scripts into public/reference/, which wrangler serves as static assets:
// Scalar's standalone bundle (from the @scalar/api-reference npm package, never a CDN) and reference/init.js.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const api = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(api, "public/reference");
// The package exports no subpath for it; its own folder under node_modules is the stable place.
const standalone = join(api, "node_modules/@scalar/api-reference/dist/browser/standalone.js");
mkdirSync(out, { recursive: true });
copyFileSync(standalone, join(out, "scalar.js"));
copyFileSync(join(api, "reference/init.js"), join(out, "init.js"));
console.log(`API reference scripts copied → ${out}`);
