#!/usr/bin/env node
// Proves the packed @smsledger/core works outside the monorepo: packs it (pnpm pack applies publishConfig and
// rewrites workspace: ranges), installs the tarball with npm --offline into a scratch project under the system's
// Node (NODE_BIN, default /usr/bin/node, must be >= 20), then imports it from plain Node, type-checks an import
// against the shipped .d.ts, and runs the `smsledger-parse` bin. Run after `pnpm run build` (`pnpm run pack:check`).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const nodeBin = process.env.NODE_BIN ?? "/usr/bin/node";
if (!existsSync(nodeBin)) {
  throw new Error(
    `pack-check: no Node at ${nodeBin}; install Node >= 20 there (apt-get install nodejs npm) or set NODE_BIN`,
  );
}
const npmCli = process.env.NPM_CLI ?? join(dirname(realpathSync(nodeBin)), "..", "lib/node_modules/npm/bin/npm-cli.js");
if (!existsSync(npmCli)) throw new Error(`pack-check: no npm at ${npmCli}; set NPM_CLI to npm's bin/npm-cli.js`);
const scratch = mkdtempSync(join(tmpdir(), "smsledger-core-pack-"));
const app = join(scratch, "app");
// Only the system Node's directory on PATH: nothing from the workspace's Node 22 toolchain leaks in.
const env = {
  PATH: `${dirname(nodeBin)}:/bin`,
  HOME: scratch,
  npm_config_cache: join(scratch, "npm-cache"),
  npm_config_offline: "true",
  npm_config_update_notifier: "false",
};

/** The SMS every check parses (written for this check, not taken from any bank's sample). */
const SMS = {
  sender: "VM-HDFCBK",
  body: "Rs.1,250.00 debited from A/c XX4321 on 03-12-26 to VPA kiran.m@oksbi (UPI Ref No 634512987001). Not you? Call 18002586161",
  received_at: "2026-12-03T10:15:00+05:30",
};

function run(file, args, options = {}) {
  return execFileSync(file, args, { encoding: "utf8", stdio: ["pipe", "pipe", "inherit"], ...options });
}

function expectEqual(label, actual, expected) {
  if (actual !== expected)
    throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  console.log(`ok  ${label}: ${JSON.stringify(actual)}`);
}

try {
  const nodeVersion = run(nodeBin, ["--version"], { env }).trim();
  if (Number(nodeVersion.slice(1).split(".")[0]) < 20) throw new Error(`${nodeBin} is ${nodeVersion}, need >= 20`);
  console.log(`scratch ${scratch}, ${nodeBin} ${nodeVersion}`);

  run("pnpm", ["pack", "--pack-destination", scratch], { cwd: pkgDir });
  // zod (the one dependency) is tarred from the workspace's installed copy (npm's tarball layout: package/…),
  // so the install needs no network. pnpm hard-links identical files: store them as files, not links.
  const zodDir = realpathSync(join(pkgDir, "node_modules", "zod"));
  run("tar", [
    "-czf",
    join(scratch, "zod.tgz"),
    "--hard-dereference",
    "--transform",
    "s,^\\.,package,",
    "-C",
    zodDir,
    ".",
  ]);
  const tarballs = readdirSync(scratch).filter((f) => f.endsWith(".tgz"));
  const core = tarballs.find((f) => f.startsWith("smsledger-core-"));
  const zod = tarballs.find((f) => f === "zod.tgz");
  if (!core || !zod) throw new Error(`tarballs missing: ${tarballs.join(", ")}`);

  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  const install = ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `../${zod}`, `../${core}`];
  run(nodeBin, [npmCli, ...install], { cwd: app, env });

  const script = `
    import { parseSms, stateOf } from "@smsledger/core";
    const sms = ${JSON.stringify(SMS)};
    const r = parseSms(sms);
    console.log(JSON.stringify({ amount_minor: r.amount_minor, currency: r.currency, account: r.account,
      method: r.method, direction: r.direction, state: stateOf(r, sms.body, sms.sender) }));`;
  const lib = JSON.parse(run(nodeBin, ["--input-type=module", "-e", script], { cwd: app, env }));
  expectEqual("import: amount_minor", lib.amount_minor, 125000);
  expectEqual("import: currency", lib.currency, "INR");
  expectEqual("import: account", lib.account, "4321");
  expectEqual("import: method", lib.method, "UPI");
  expectEqual("import: direction", lib.direction, "debit");
  expectEqual("import: state", lib.state, "parsed");

  const bin = join(app, "node_modules", ".bin", "smsledger-parse");
  const line = JSON.parse(run(bin, [], { cwd: app, env, input: `${JSON.stringify(SMS)}\n` }));
  expectEqual("bin: amount", line.amount, "1250.00");
  expectEqual("bin: reference", line.reference, "634512987001");
  expectEqual("bin: state", line.state, "parsed");

  // The shipped declarations, read as a Node16 consumer would (typescript from the workspace, files from scratch).
  writeFileSync(
    join(app, "check.ts"),
    `import { parseSms, type ParseResult } from "@smsledger/core";\n` +
      `const r: ParseResult = parseSms({ sender: "X", body: "hi", received_at: "2026-12-03T10:15:00Z" });\n` +
      `const minor: number | null = r.amount_minor;\nexport { minor };\n`,
  );
  const tsc = join(realpathSync(join(pkgDir, "node_modules", "typescript")), "bin", "tsc");
  const tscArgs = ["--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "check.ts"];
  run(process.execPath, [tsc, ...tscArgs], { cwd: app, stdio: "inherit" });
  console.log("ok  types: check.ts compiles against dist/index.d.mts (node16 resolution)");
  console.log("pack-check passed");
} finally {
  if (!process.env.KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
}
