import { describe, expect, it } from "vitest";
import {
  callUpstream,
  UPSTREAM_ANSWER_JSON_SCHEMA,
  type FetchLike,
  type UpstreamSettings,
} from "../../src/upstream/index";

// The three documented ways to point the consumer at an upstream (README "Upstream LLM"), each checked for the
// request it makes: URL, headers, response_format. The provider is the allowed double: it records the request
// and answers one valid completion (in a code fence for JSON mode, as some models do).
const input = {
  sender: "VM-ZENITH-S",
  body: "ZENITH COOP: you paid 99.00 (INR) from acct ending 4455.",
  received_at: "2026-11-12T10:00:00+05:30",
};
const answer = {
  intent: "transaction",
  direction: "debit",
  amount: "99.00",
  currency: "INR",
  account: "4455",
  account_kind: "bank",
  counterparty: null,
  method: null,
  reference: null,
  balance: null,
  occurred_at: null,
  category: null,
};

function recordingProvider(fenced: boolean) {
  const requests: { url: string; headers: Record<string, string>; body: Record<string, unknown> }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    requests.push({
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    const content = fenced ? `\`\`\`json\n${JSON.stringify(answer)}\n\`\`\`` : JSON.stringify(answer);
    return new Response(
      JSON.stringify({ choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }] }),
      { status: 200 },
    );
  };
  return { requests, fetchImpl };
}

const CONFIGS: {
  name: string;
  settings: UpstreamSettings;
  url: string;
  headers: Record<string, string>;
  format: string;
}[] = [
  {
    name: "Workers AI (OpenAI-compatible endpoint, JSON Mode with a schema)",
    settings: {
      url: "https://api.cloudflare.com/client/v4/accounts/ACCOUNT/ai/v1",
      model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast",
      apiKey: "CF_TOKEN",
      timeoutMs: 1000,
    },
    url: "https://api.cloudflare.com/client/v4/accounts/ACCOUNT/ai/v1/chat/completions",
    headers: { authorization: "Bearer CF_TOKEN" },
    format: "json_schema",
  },
  {
    name: "AI Gateway in front of a provider (compat endpoint, authenticated gateway)",
    settings: {
      url: "https://gateway.ai.cloudflare.com/v1/ACCOUNT/GATEWAY/compat",
      model: "openai/gpt-4o-mini",
      apiKey: "PROVIDER_KEY",
      gatewayToken: "CF_AIG_TOKEN",
      timeoutMs: 1000,
    },
    url: "https://gateway.ai.cloudflare.com/v1/ACCOUNT/GATEWAY/compat/chat/completions",
    headers: { authorization: "Bearer PROVIDER_KEY", "cf-aig-authorization": "Bearer CF_AIG_TOKEN" },
    format: "json_schema",
  },
  {
    name: "any OpenAI-compatible provider without JSON-schema support (JSON mode + zod)",
    settings: { url: "http://localhost:11434/v1/", model: "llama3.1", timeoutMs: 1000, responseFormat: "json_object" },
    url: "http://localhost:11434/v1/chat/completions",
    headers: {},
    format: "json_object",
  },
];

describe("upstream configurations", () => {
  it.each(CONFIGS.map((c) => [c.name, c] as const))("%s", async (_name, config) => {
    const provider = recordingProvider(config.format === "json_object");
    const outcome = await callUpstream(config.settings, input, provider.fetchImpl);
    expect(outcome).toMatchObject({
      kind: "ok",
      result: { amount_minor: 9900, currency: "INR", parser: `llm:${config.settings.model}` },
    });
    const [request] = provider.requests;
    expect(request?.url).toBe(config.url);
    expect(request?.headers).toMatchObject(config.headers);
    if (!config.headers.authorization) expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body.model).toBe(config.settings.model);
    expect((request?.body.response_format as { type: string } | undefined)?.type).toBe(config.format);
    const system = (request?.body.messages as { content: string }[] | undefined)?.[0]?.content ?? "";
    // JSON mode carries the schema in the prompt; structured output carries it in response_format.
    expect(system.includes(JSON.stringify(UPSTREAM_ANSWER_JSON_SCHEMA))).toBe(config.format === "json_object");
  });

  it("rejects a JSON-mode answer that does not match the schema (zod), as an invalid outcome", async () => {
    const fetchImpl: FetchLike = async () =>
      new Response(
        JSON.stringify({
          choices: [{ finish_reason: "stop", message: { content: JSON.stringify({ ...answer, amount: 99 }) } }],
        }),
      );
    const outcome = await callUpstream(CONFIGS[2]?.settings as UpstreamSettings, input, fetchImpl);
    expect(outcome).toMatchObject({ kind: "invalid", reason: expect.stringContaining("amount") });
  });
});
