import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UpstreamAnswer, upstreamAnswerToParseResult, type ParseInput } from "@smsledger/core";
import { answerFromParser, toAnswer } from "../src/answers";

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "packages", "core", "test", "fixtures");

function labelledSms(): ParseInput[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), "utf8")
        .split("\n")
        .filter((l) => l.trim()),
    )
    .map((l) => JSON.parse(l) as ParseInput);
}

describe("answers", () => {
  it("the parser source answers every labelled SMS with a schema-valid, convertible answer", () => {
    const inputs = labelledSms();
    for (const input of [...inputs, { sender: "X", body: "hello", received_at: "2026-11-12T10:00:00+05:30" }]) {
      const answer = answerFromParser({ sender: input.sender, body: input.body, received_at: input.received_at });
      expect(UpstreamAnswer.safeParse(answer).success, input.body).toBe(true);
      expect(upstreamAnswerToParseResult(answer, "fake-llm").ok, input.body).toBe(true);
    }
  });

  it("fills partial fixture answers with nulls and accepts minor-unit amounts", () => {
    expect(toAnswer({ intent: "otp" })).toMatchObject({ intent: "otp", amount: null, counterparty: null });
    expect(toAnswer({ intent: "transaction", amount_minor: 12345, currency: "INR", institution: "X" })).toMatchObject({
      amount: "123.45",
    });
    expect(() => toAnswer({ intent: "nonsense" })).toThrow();
  });
});
