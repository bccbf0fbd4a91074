import { readFileSync } from "node:fs";
import { fixtureFiles } from "../fixture-files.mjs";

export interface Fixture {
  file: string;
  line: number;
  sender: string;
  body: string;
  received_at: string;
  expected: Record<string, string | null>;
}

/** All labelled fixtures: src/institutions/<id>/fixtures.jsonl and test/fixtures/*.jsonl (`fixture-files.mjs`). */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const { label: file, path } of fixtureFiles()) {
    const lines = readFileSync(path, "utf8").split("\n");
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const row = JSON.parse(text) as Omit<Fixture, "file" | "line">;
      out.push({ ...row, file, line: i + 1 });
    });
  }
  return out;
}
