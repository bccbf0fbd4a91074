/**
 * Profiling driver: parses the bench corpus ROUNDS times (default 3) with nothing else in the process. Also a
 * quick A/B check on a loaded machine: CPU time per round is less disturbed by other processes than wall time.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [ROUNDS] [SIZE]
 *   node bench/read-profile.mjs /tmp/prof/<file>.cpuprofile     (self time per function and per file)
 */
import { parseSms } from "../src/parser/index";
import { fixtureFiles } from "../test/fixture-files.mjs";
import { CORPUS_SIZE, generateCorpus } from "./corpus";
import { loadFile } from "./scoring";

const rounds = Number(process.argv[2] ?? 3);
/** Optional corpus size (its first SIZE messages), for slow tools such as valgrind. */
const size = Number(process.argv[3] ?? CORPUS_SIZE);
const corpus = generateCorpus(
  fixtureFiles().flatMap((f) => loadFile(f.path)),
  size,
);
let sink = 0;
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const f of corpus) if (parseSms(f).amount_minor !== null) sink++;
  const rate = corpus.length / ((performance.now() - started) / 1000);
  const used = process.cpuUsage(cpu);
  const cpuRate = corpus.length / ((used.user + used.system) / 1e6);
  const show = (n: number): string => Math.round(n).toLocaleString("en-US");
  console.log(`round ${round + 1}: ${show(rate)} SMS/s wall, ${show(cpuRate)} SMS/s of process CPU time`);
}
if (sink < 0) console.log(sink);
