import { describe, expect, it } from "vitest";
import { toCliRecord } from "../../src/cli/parse";
import { parseSms } from "../../src/parser/index";
import { MONEY_MOVING_INTENTS, ParseResult, type Intent } from "../../src/schemas/parse-result";
import { loadFixtures } from "./load-fixtures";

const fixtures = loadFixtures();

describe("fixtures", () => {
  it("has enough labelled fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(400);
    const negatives = fixtures.filter((f) => !MONEY_MOVING_INTENTS.has(f.expected.intent as Intent));
    expect(negatives.length * 3).toBeGreaterThanOrEqual(fixtures.length);
    expect(new Set(fixtures.map((f) => f.sender)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures.map((f) => [`${f.file}:${f.line}`, f] as const))("%s", (_name, f) => {
    const result = parseSms({ sender: f.sender, body: f.body, received_at: f.received_at });
    expect(ParseResult.safeParse(result).success).toBe(true);
    const got = toCliRecord(result, f.body, f.sender) as unknown as Record<string, unknown>;
    const mismatches: string[] = [];
    for (const [field, want] of Object.entries(f.expected)) {
      if (field === "path") continue;
      if (got[field] !== want)
        mismatches.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got[field])}`);
    }
    // `path`: which parser path produced the result, as a prefix of its label ("rule:", "rule:sib.", "generic:").
    const path = f.expected.path;
    if (path && !result.parser.startsWith(path)) mismatches.push(`path: expected ${path}*, got ${result.parser}`);
    expect(mismatches, `${f.file}:${f.line} ${f.body.slice(0, 100)}\n${mismatches.join("\n")}`).toEqual([]);
  });

  it("states the parser path in the new fixtures, and every stated path is a known prefix", () => {
    const withPath = fixtures.filter((f) => f.expected.path);
    expect(withPath.length).toBeGreaterThanOrEqual(20);
    for (const f of withPath)
      expect(f.expected.path, `${f.file}:${f.line}`).toMatch(/^(?:rule:[a-z0-9_.-]*|(?:generic|locale):[a-z_]*@?\d*)$/);
  });

  it("classifies zero negatives as money-moving", () => {
    const invented = fixtures.filter((f) => {
      if (MONEY_MOVING_INTENTS.has(f.expected.intent as Intent)) return false;
      const r = parseSms({ sender: f.sender, body: f.body, received_at: f.received_at });
      return MONEY_MOVING_INTENTS.has(r.intent);
    });
    expect(invented.map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });
});
