#!/usr/bin/env node
// Bundles the dashboard (dashboard/src, chart.js included) into public/dashboard/, which wrangler serves as
// static assets at /dashboard. `--watch` rebuilds on change.
import { copyFileSync, mkdirSync, watch } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
// The API reference page's scripts (/docs) are static assets too: copied on every build.
import "./build-reference.mjs";

const api = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(api, "public/dashboard");
mkdirSync(out, { recursive: true });
const copyHtml = () => copyFileSync(join(api, "dashboard/index.html"), join(out, "index.html"));
copyHtml();

const options = {
  entryPoints: [join(api, "dashboard/src/main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
};

if (process.argv.includes("--watch")) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  watch(join(api, "dashboard/index.html"), copyHtml);
  console.log(`watching dashboard/ → ${out}`);
} else {
  await esbuild.build(options);
  console.log(`dashboard built → ${out}`);
}
