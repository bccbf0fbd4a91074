// Where labelled alerts live: each institution's folder (src/institutions/<id>/fixtures.jsonl) and the
// cross-cutting files in test/fixtures/*.jsonl (Hindi, look-alikes, loans, mutual funds, other banks).
// Plain JavaScript so the vitest suite, the parser bench and scripts/bench read the same list.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const CORE = join(import.meta.dirname, "..");
export const INSTITUTIONS_DIR = join(CORE, "src", "institutions");
export const SHARED_FIXTURE_DIR = join(CORE, "test", "fixtures");

/** Every fixture file as { label, path }: "hdfc/fixtures.jsonl" for a folder, "tricky.jsonl" for a shared file; sorted. */
export function fixtureFiles() {
  const folders = readdirSync(INSTITUTIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(INSTITUTIONS_DIR, d.name, "fixtures.jsonl")))
    .map((d) => ({ label: `${d.name}/fixtures.jsonl`, path: join(INSTITUTIONS_DIR, d.name, "fixtures.jsonl") }));
  const shared = readdirSync(SHARED_FIXTURE_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => ({ label: f, path: join(SHARED_FIXTURE_DIR, f) }));
  return [...folders, ...shared].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
