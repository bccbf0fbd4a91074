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
    const got = toCliRecord(result) as unknown as Record<string, unknown>;
    const mismatches: string[] = [];
    for (const [field, want] of Object.entries(f.expected)) {
      if (got[field] !== want) mismatches.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got[field])}`);
    }
    expect(mismatches, `${f.file}:${f.line} ${f.body.slice(0, 100)}\n${mismatches.join("\n")}`).toEqual([]);
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
