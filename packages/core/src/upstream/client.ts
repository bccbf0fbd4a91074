import type { ParseInput, ParseResult } from "../schemas/parse-result";
import { UpstreamAnswer, upstreamAnswerToParseResult } from "./answer";
import { buildExtractionRequest, type ResponseFormat } from "./prompt";
import { parseRetryAfterMs } from "./retry-after";

export interface UpstreamSettings {
  /** Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8788/v1 (no trailing /chat/completions). */
  url: string;
  model: string;
  apiKey?: string;
  /** Whole-call budget, including reading the body. */
  timeoutMs: number;
  /** Structured output (default) or JSON mode for providers without JSON-schema support. */
  responseFormat?: ResponseFormat;
  /** Token of an authenticated Cloudflare AI Gateway, sent as `cf-aig-authorization`. */
  gatewayToken?: string;
}

/** How one upstream call went. `callUpstream` never throws; every failure is one of these. */
export type UpstreamOutcome =
  | { kind: "ok"; result: ParseResult; latencyMs: number }
  /** 429. retryAfterMs is null when the server sent no (readable) Retry-After. */
  | { kind: "rate_limited"; retryAfterMs: number | null; latencyMs: number }
  /** 5xx, or status 0 when the connection itself failed (refused, reset, DNS). */
  | { kind: "server_error"; status: number; latencyMs: number }
  | { kind: "timeout"; latencyMs: number }
  /** 2xx whose body is not a chat completion carrying a valid answer. */
  | { kind: "invalid"; reason: string; latencyMs: number }
  /** Other 4xx: our request or credentials are wrong; retrying will not help. */
  | { kind: "client_error"; status: number; latencyMs: number };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** `http://h/v1/` + `chat/completions`, tolerant of a trailing slash. */
export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/chat/completions`;
}

function extractContent(payload: unknown): { content: string } | { error: string } {
  if (typeof payload !== "object" || payload === null) return { error: "response is not a JSON object" };
  const choices = (payload as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) return { error: "response has no choices" };
  const choice = choices[0] as { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown };
  if (choice.finish_reason === "length") return { error: "answer truncated (finish_reason=length)" };
  const message = choice.message;
  if (typeof message?.refusal === "string" && message.refusal !== "")
    return { error: `model refused: ${message.refusal.slice(0, 200)}` };
  if (typeof message?.content !== "string") return { error: "choices[0].message.content is not a string" };
  return { content: message.content };
}

/** Reads a 2xx body into an outcome: malformed or schema-violating answers are failures, not data. */
export function interpretCompletion(
  bodyText: string,
  model: string,
): { ok: true; result: ParseResult } | { ok: false; reason: string } {
  let payload: unknown;
  try {
    payload = JSON.parse(bodyText);
  } catch {
    return { ok: false, reason: "response body is not JSON" };
  }
  const extracted = extractContent(payload);
  if ("error" in extracted) return { ok: false, reason: extracted.error };
  let answerJson: unknown;
  try {
    // JSON mode answers sometimes come inside a Markdown code fence.
    answerJson = JSON.parse(extracted.content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, "$1"));
  } catch {
    return { ok: false, reason: "message content is not JSON" };
  }
  const parsed = UpstreamAnswer.safeParse(answerJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `answer does not match schema: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown"}`,
    };
  }
  return upstreamAnswerToParseResult(parsed.data, model);
}

function isAbort(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "name" in error &&
    (error.name === "AbortError" || error.name === "TimeoutError")
  );
}

/** Asks the upstream model to extract one SMS. Never throws. */
export async function callUpstream(
  settings: UpstreamSettings,
  input: ParseInput,
  // Wrapped so that workerd never sees fetch called with a foreign `this`.
  fetchImpl: FetchLike = (url, init) => fetch(url, init),
): Promise<UpstreamOutcome> {
  const started = Date.now();
  const latency = () => Date.now() - started;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.max(1, settings.timeoutMs),
  );
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
  if (settings.gatewayToken) headers["cf-aig-authorization"] = `Bearer ${settings.gatewayToken}`;
  try {
    const response = await fetchImpl(chatCompletionsUrl(settings.url), {
      method: "POST",
      headers,
      body: JSON.stringify(buildExtractionRequest(input, settings.model, settings.responseFormat)),
      signal: controller.signal,
    });
    const status = response.status;
    if (status === 429) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: "rate_limited",
        retryAfterMs: parseRetryAfterMs(response.headers, Date.now()),
        latencyMs: latency(),
      };
    }
    if (status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: "server_error", status, latencyMs: latency() };
    }
    if (status < 200 || status >= 300) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: "client_error", status, latencyMs: latency() };
    }
    const text = await response.text();
    const interpreted = interpretCompletion(text, settings.model);
    if (!interpreted.ok) return { kind: "invalid", reason: interpreted.reason, latencyMs: latency() };
    return { kind: "ok", result: interpreted.result, latencyMs: latency() };
  } catch (error) {
    if (timedOut || isAbort(error)) return { kind: "timeout", latencyMs: latency() };
    return { kind: "server_error", status: 0, latencyMs: latency() };
  } finally {
    clearTimeout(timer);
  }
}
