import { describe, expect, it } from "vitest";
import {
  UPSTREAM_ANSWER_JSON_SCHEMA,
  UpstreamAnswer,
  buildExtractionRequest,
  callUpstream,
  parseRetryAfterMs,
  type FetchLike,
  type UpstreamAnswer as Answer,
} from "../../src/upstream/index";
import { ParseResult } from "../../src/schemas/parse-result";

const input = {
  sender: "VM-HDFCBK-S",
  body: "Rs.1,500.00 debited from A/c XX1234 to VPA shop@okaxis on 12-11-26. Ref 612345678901. Avl Bal Rs.10,000.50",
  received_at: "2026-11-12T10:00:00+05:30",
};
const settings = { url: "http://llm.test/v1/", model: "test-model", apiKey: "k", timeoutMs: 200 };

const goodAnswer: Answer = {
  intent: "transaction",
  direction: "debit",
  amount: "1500.00",
  currency: "INR",
  account: "1234",
  account_kind: "bank",
  counterparty: "shop@okaxis",
  method: "UPI",
  reference: "612345678901",
  balance: "10000.50",
  occurred_at: "2026-11-12T00:00:00+05:30",
  category: "shopping",
};

function completion(content: string): string {
  return JSON.stringify({
    id: "chatcmpl-1",
    object: "chat.completion",
    choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
  });
}

function fakeFetch(
  respond: (url: string, init: RequestInit) => Response | Promise<Response>,
): FetchLike & { calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(url, init);
  }) as FetchLike & { calls: typeof calls };
  fn.calls = calls;
  return fn;
}

describe("buildExtractionRequest", () => {
  it("asks for strict JSON-schema output with the SMS as the user message", () => {
    const req = buildExtractionRequest(input, "m");
    expect(req.model).toBe("m");
    expect(req.response_format.type).toBe("json_schema");
    expect(req.response_format).toMatchObject({ json_schema: { name: "sms_extraction", strict: true } });
    expect(req.messages[0]?.role).toBe("system");
    expect(req.messages[0]?.content).toContain("decimal strings in major units");
    expect(JSON.parse(req.messages[1]?.content ?? "")).toEqual(input);
  });

  it("has a JSON schema whose required keys are exactly the answer's keys", () => {
    const keys = Object.keys(UpstreamAnswer.shape).sort();
    expect([...UPSTREAM_ANSWER_JSON_SCHEMA.required].sort()).toEqual(keys);
    expect(Object.keys(UPSTREAM_ANSWER_JSON_SCHEMA.properties).sort()).toEqual(keys);
  });
});

describe("callUpstream", () => {
  it("converts a good answer to a ParseResult", async () => {
    const f = fakeFetch(() => new Response(completion(JSON.stringify(goodAnswer)), { status: 200 }));
    const outcome = await callUpstream(settings, input, f);
    expect(outcome.kind).toBe("ok");
    if (outcome.kind !== "ok") return;
    expect(ParseResult.parse(outcome.result)).toEqual(outcome.result);
    expect(outcome.result).toMatchObject({
      amount_minor: 150000,
      balance_minor: 1000050,
      parser: "llm:test-model",
      account: "1234",
    });
    expect(f.calls[0]?.url).toBe("http://llm.test/v1/chat/completions");
    expect((f.calls[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe("Bearer k");
  });

  it("accepts thousands separators in amounts", async () => {
    const f = fakeFetch(
      () => new Response(completion(JSON.stringify({ ...goodAnswer, amount: "1,500.5" })), { status: 200 }),
    );
    const outcome = await callUpstream(settings, input, f);
    expect(outcome.kind === "ok" && outcome.result.amount_minor).toBe(150050);
  });

  it.each([
    ["body not JSON", "<html>"],
    ["no choices", JSON.stringify({ choices: [] })],
    ["content not JSON", completion("Sure! Here is the JSON: {")],
    ["schema mismatch", completion(JSON.stringify({ ...goodAnswer, intent: "purchase" }))],
    ["extra key", completion(JSON.stringify({ ...goodAnswer, note: "x" }))],
    ["missing key", completion(JSON.stringify({ ...goodAnswer, amount: undefined }))],
    ["float amount", completion(JSON.stringify({ ...goodAnswer, amount: 1500 }))],
    ["amount not decimal", completion(JSON.stringify({ ...goodAnswer, amount: "1.5k" }))],
    ["negative amount", completion(JSON.stringify({ ...goodAnswer, amount: "-5" }))],
    ["bad currency", completion(JSON.stringify({ ...goodAnswer, currency: "Rupees" }))],
  ])("treats a malformed answer (%s) as invalid", async (_name, body) => {
    const outcome = await callUpstream(
      settings,
      input,
      fakeFetch(() => new Response(body, { status: 200 })),
    );
    expect(outcome.kind).toBe("invalid");
  });

  it("reports 429 with Retry-After seconds", async () => {
    const f = fakeFetch(() => new Response("{}", { status: 429, headers: { "retry-after": "7" } }));
    const outcome = await callUpstream(settings, input, f);
    expect(outcome).toMatchObject({ kind: "rate_limited", retryAfterMs: 7000 });
  });

  it("reports 429 without Retry-After as null", async () => {
    const outcome = await callUpstream(
      settings,
      input,
      fakeFetch(() => new Response("{}", { status: 429 })),
    );
    expect(outcome).toMatchObject({ kind: "rate_limited", retryAfterMs: null });
  });

  it("reports 5xx and 4xx", async () => {
    expect(
      await callUpstream(
        settings,
        input,
        fakeFetch(() => new Response("", { status: 503 })),
      ),
    ).toMatchObject({ kind: "server_error", status: 503 });
    expect(
      await callUpstream(
        settings,
        input,
        fakeFetch(() => new Response("", { status: 401 })),
      ),
    ).toMatchObject({ kind: "client_error", status: 401 });
  });

  it("times out via AbortController", async () => {
    const f: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const outcome = await callUpstream({ ...settings, timeoutMs: 30 }, input, f);
    expect(outcome.kind).toBe("timeout");
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(20);
  });

  it("never throws when fetch rejects", async () => {
    const outcome = await callUpstream(settings, input, () => Promise.reject(new TypeError("fetch failed")));
    expect(outcome).toMatchObject({ kind: "server_error", status: 0 });
  });
});

describe("parseRetryAfterMs", () => {
  const h = (v: Record<string, string>) => new Headers(v);
  it("reads seconds, HTTP-dates and retry-after-ms", () => {
    const now = Date.parse("2026-11-12T10:00:00Z");
    expect(parseRetryAfterMs(h({ "retry-after": "2" }), now)).toBe(2000);
    expect(parseRetryAfterMs(h({ "retry-after": "Thu, 12 Nov 2026 10:00:30 GMT" }), now)).toBe(30_000);
    expect(parseRetryAfterMs(h({ "retry-after": "Thu, 12 Nov 2026 09:00:30 GMT" }), now)).toBe(0);
    expect(parseRetryAfterMs(h({ "retry-after-ms": "250" }), now)).toBe(250);
    expect(parseRetryAfterMs(h({ "retry-after": "soon" }), now)).toBeNull();
    expect(parseRetryAfterMs(h({}), now)).toBeNull();
  });
});
