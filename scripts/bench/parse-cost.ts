// Dev probe (run with tsx): CPU cost of core's rule parser on the bench corpus, in Node, to tell how
// much of the consumer's per-SMS time is parsing. Usage: packages/core/node_modules/.bin/tsx scripts/bench/parse-cost.ts [n]
import { join } from "node:path";
import { fingerprint, parseSms, stateOf } from "../../packages/core/src/index.ts";
import { buildCorpus } from "./corpus.mjs";

const n = Number(process.argv[2] ?? 20000);
const { perUser } = buildCorpus({
  total: n,
  users: 1,
  unknownFormats: 50,
  fixturesDir: join(import.meta.dirname, "../../packages/core/test/fixtures"),
});
const all = perUser[0];
for (const m of all.slice(0, 2000)) parseSms(m, { timeZone: "Asia/Kolkata" }); // warm-up
const t0 = performance.now();
let unsure = 0;
for (const m of all) {
  const r = parseSms(m, { timeZone: "Asia/Kolkata" });
  if (stateOf(r, m.body) === "needs_review") unsure++, fingerprint(m.sender, m.body);
}
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    sms: all.length,
    parse_ms_total: Math.round(ms),
    parse_us_per_sms: Math.round((ms / all.length) * 1000),
    unsure,
  }),
);
