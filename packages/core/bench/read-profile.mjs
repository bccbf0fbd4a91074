// Reads a V8 .cpuprofile: self time per function (top N) and per source file, in percent of all samples.
//   node bench/read-profile.mjs FILE.cpuprofile [N]
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const top = Number(topArg ?? 40);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const perFn = new Map();
const perFile = new Map();
for (const [id, t] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const fileName = url.replace(/^.*\/(src|node_modules)\//, "$1/") || "(native)";
  const key = `${functionName || "(anon)"} ${fileName}:${lineNumber + 1}`;
  perFn.set(key, (perFn.get(key) ?? 0) + t);
  perFile.set(fileName, (perFile.get(fileName) ?? 0) + t);
}
const percent = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, t]) => {
      console.log(`${percent(t)}  ${k}`);
    });
console.log(`total ${(total / 1e6).toFixed(2)} s`);
console.log("-- self time per function");
show(perFn, top);
console.log("-- self time per file");
show(perFile, 25);
// Inclusive time per function name (self + callees; recursion counted once per stack).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const { functionName, url } = byId.get(cur).callFrame;
    if (!url.includes("/src/")) continue;
    const key = `${functionName || "(anon)"} ${url.replace(/^.*\/src\//, "src/")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + t);
  }
}
console.log("-- inclusive time per function (src/ only)");
show(incl, top);
