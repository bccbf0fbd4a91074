import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Fixture {
  file: string;
  line: number;
  sender: string;
  body: string;
  received_at: string;
  expected: Record<string, string | null>;
}

export const FIXTURE_DIR = join(import.meta.dirname, "..", "fixtures");

/** All labelled fixtures under test/fixtures/*.jsonl. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(join(FIXTURE_DIR, file), "utf8").split("\n");
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const row = JSON.parse(text) as Omit<Fixture, "file" | "line">;
      out.push({ ...row, file, line: i + 1 });
    });
  }
  return out;
}
