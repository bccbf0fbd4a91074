import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ParseResult, UpstreamAnswer, buildExtractionRequest, callUpstream, type ParseInput } from "@smsledger/core";
import { optionsFromCli, startFakeLlm, type FakeLlm } from "../src/index";

const sms: ParseInput = {
  sender: "VM-HDFCBK-S",
  body: "Rs.500.00 debited from A/c XX1234 on 12-11-26 to VPA shop@okaxis. Ref 612345678901",
  received_at: "2026-11-12T10:00:00+05:30",
};

let llm: FakeLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const settings = (url: string) => ({ url, model: "fake-llm", timeoutMs: 5000 });
const post = (url: string, input: ParseInput = sms) =>
  fetch(`${url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(buildExtractionRequest(input, "fake-llm")),
  });

describe("fake-llm", () => {
  it("answers chat completions that callUpstream accepts and that validate", async () => {
    llm = await startFakeLlm({ port: 0 });
    expect(llm.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const outcome = await callUpstream(settings(llm.url), sms);
    expect(outcome.kind).toBe("ok");
    if (outcome.kind !== "ok") return;
    expect(ParseResult.parse(outcome.result)).toEqual(outcome.result);
    expect(outcome.result).toMatchObject({ amount_minor: 50000, parser: "llm:fake-llm" });

    const raw = (await (await post(llm.url)).json()) as { object: string; choices: { message: { content: string } }[] };
    expect(raw.object).toBe("chat.completion");
    expect(() => UpstreamAnswer.parse(JSON.parse(raw.choices[0]?.message.content ?? ""))).not.toThrow();
    expect(llm.stats()).toMatchObject({ requests: 2, served: 2 });
    expect(llm.asked()).toEqual([sms, sms]);
    const logged = (await (await fetch(llm.url.replace(/\/v1$/, "/admin/asked"))).json()) as { asked: ParseInput[] };
    expect(logged.asked.map((m) => m.body)).toEqual([sms.body, sms.body]);
  });

  it("answers OTPs and promos too (the parser whatever its confidence)", async () => {
    llm = await startFakeLlm({ port: 0 });
    const outcome = await callUpstream(settings(llm.url), {
      ...sms,
      body: "123456 is your OTP for login. Do not share.",
    });
    expect(outcome.kind === "ok" && outcome.result.intent).toBe("otp");
  });

  it("answers 429 with Retry-After beyond its capacity", async () => {
    llm = await startFakeLlm({ port: 0, capacity: 3 });
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(llm?.url ?? "")));
    const statuses = responses.map((r) => r.status);
    // 3 tokens of burst; a 4th may have refilled if the requests trickle in slowly.
    const served = statuses.filter((s) => s === 200).length;
    expect(served).toBeGreaterThanOrEqual(3);
    expect(served).toBeLessThanOrEqual(4);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBe(10 - served);
    for (const r of limited) {
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const body = (await r.json()) as { error: { code: string } };
      expect(body.error.code).toBe("rate_limit_exceeded");
    }
    expect(llm.stats()).toMatchObject({ requests: 10, served, rate_limited: 10 - served });
    // callUpstream sees the same as a rate_limited outcome (a token may have refilled meanwhile).
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await callUpstream(settings(llm.url), sms));
    const limitedOutcome = outcomes.find((o) => o.kind === "rate_limited");
    expect(limitedOutcome).toBeDefined();
    if (limitedOutcome?.kind === "rate_limited") expect(limitedOutcome.retryAfterMs).toBeGreaterThan(0);
    expect(llm.stats().peak_requests_per_second).toBeGreaterThanOrEqual(10);
  });

  it("answers roughly errorRate of requests with 500", async () => {
    llm = await startFakeLlm({ port: 0, errorRate: 0.3, seed: 42 });
    const outcomes = [];
    for (let i = 0; i < 200; i++) outcomes.push(await callUpstream(settings(llm.url), sms));
    const errors = outcomes.filter((o) => o.kind === "server_error" && o.status === 500).length;
    expect(errors).toBeGreaterThan(35);
    expect(errors).toBeLessThan(85);
    expect(outcomes.filter((o) => o.kind === "ok").length).toBe(200 - errors);
    expect(llm.stats().errors).toBe(errors);
  });

  it("answers 503 when down and recovers when configured back", async () => {
    llm = await startFakeLlm({ port: 0 });
    llm.configure({ down: true });
    expect(await callUpstream(settings(llm.url), sms)).toMatchObject({ kind: "server_error", status: 503 });
    const admin = await fetch(`${llm.url.replace(/\/v1$/, "")}/admin/config`, {
      method: "POST",
      body: JSON.stringify({ down: false, capacity: 20 }),
    });
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({ down: false, capacity: 20 });
    expect((await callUpstream(settings(llm.url), sms)).kind).toBe("ok");
    const bad = await fetch(`${llm.url.replace(/\/v1$/, "")}/admin/config`, {
      method: "POST",
      body: JSON.stringify({ errorRate: 7 }),
    });
    expect(bad.status).toBe(400);
  });

  it("adds latency", async () => {
    llm = await startFakeLlm({ port: 0, latencyMs: 100 });
    const outcome = await callUpstream(settings(llm.url), sms);
    expect(outcome.kind).toBe("ok");
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(75);
    const timeout = await callUpstream({ ...settings(llm.url), timeoutMs: 20 }, sms);
    expect(timeout.kind).toBe("timeout");
  });

  it("answers from fixtures (JSON map and JSONL), falling back to the parser", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fake-llm-"));
    const mapPath = join(dir, "map.json");
    writeFileSync(
      mapPath,
      JSON.stringify({
        [sms.body]: {
          intent: "transaction",
          direction: "debit",
          amount: "499.99",
          currency: "INR",
          counterparty: "FIXTURE SHOP",
        },
      }),
    );
    llm = await startFakeLlm({ port: 0, source: "fixtures", fixtures: mapPath });
    const outcome = await callUpstream(settings(llm.url), sms);
    expect(outcome.kind === "ok" && outcome.result).toMatchObject({
      amount_minor: 49999,
      counterparty: "FIXTURE SHOP",
      reference: null,
    });
    const fallback = await callUpstream(settings(llm.url), { ...sms, body: "Rs.7.00 debited from A/c XX1234" });
    expect(fallback.kind === "ok" && fallback.result.amount_minor).toBe(700);

    const jsonlPath = join(dir, "f.jsonl");
    const row = {
      sender: sms.sender,
      body: sms.body,
      received_at: sms.received_at,
      expected: { intent: "refund", direction: "credit", amount: "1.00", currency: "INR", institution: "HDFC Bank" },
    };
    writeFileSync(jsonlPath, `${JSON.stringify(row)}\n`);
    llm.configure({ fixtures: jsonlPath });
    const fromJsonl = await callUpstream(settings(llm.url), sms);
    expect(fromJsonl.kind === "ok" && fromJsonl.result).toMatchObject({ intent: "refund", amount_minor: 100 });
  });

  it("refuses unreadable requests with 400 and unknown routes with 404", async () => {
    llm = await startFakeLlm({ port: 0 });
    const bad = await fetch(`${llm.url}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "hello" }] }),
    });
    expect(bad.status).toBe(400);
    expect((await fetch(`${llm.url}/nope`)).status).toBe(404);
    const models = (await (await fetch(`${llm.url}/models`)).json()) as { data: { id: string }[] };
    expect(models.data[0]?.id).toBe("fake-llm");
    expect((await fetch(`${llm.url.replace(/\/v1$/, "")}/health`)).status).toBe(200);
  });
});

describe("optionsFromCli", () => {
  it("reads flags and env, flags winning", () => {
    const o = optionsFromCli(["--capacity", "20", "--error-rate=0.1", "--down", "--source", "fixtures"], {
      FAKE_LLM_PORT: "9999",
      FAKE_LLM_CAPACITY: "5",
    });
    expect(o).toMatchObject({
      port: 9999,
      capacity: 20,
      errorRate: 0.1,
      down: true,
      source: "fixtures",
      host: "127.0.0.1",
    });
    expect(optionsFromCli([], {})).toMatchObject({ port: 8788, capacity: null, down: false });
    expect(() => optionsFromCli(["--bogus"], {})).toThrow();
  });
});
