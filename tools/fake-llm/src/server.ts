import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ParseInput, seededRandom, UpstreamAnswer } from "@smsledger/core";
import { answerFromParser, loadFixtures } from "./answers";
import { DEFAULT_OPTIONS, normaliseOptions, type FakeLlmOptions } from "./options";
import { StatsRecorder, type Stats } from "./stats";
import { TokenBucket } from "./token-bucket";

export interface FakeLlm {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:8788/v1. */
  url: string;
  port: number;
  stats(): Stats;
  /** The messages answered (200), in order: which SMS the upstream was asked about (GET /admin/asked). */
  asked(): ParseInput[];
  /** Changes knobs at runtime (same as POST /admin/config). Throws on invalid values. */
  configure(partial: Partial<FakeLlmOptions>): void;
  options(): FakeLlmOptions;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function openAiError(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The SMS in the last user message of a chat-completions request, or an error text. */
export function smsFromRequest(text: string): ParseInput | string {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return "request body is not JSON";
  }
  const messages = (payload as { messages?: unknown }).messages;
  if (!Array.isArray(messages)) return "messages must be an array";
  const user = [...messages]
    .reverse()
    .find(
      (m): m is { role: string; content: unknown } =>
        typeof m === "object" && m !== null && (m as { role?: unknown }).role === "user",
    );
  if (!user || typeof user.content !== "string") return "no user message with string content";
  let sms: unknown;
  try {
    sms = JSON.parse(user.content);
  } catch {
    return "user message is not JSON {sender, body, received_at}";
  }
  const parsed = ParseInput.safeParse(sms);
  return parsed.success ? parsed.data : "user message must be JSON {sender, body, received_at}";
}

/** Starts the fake LLM. Port 0 picks a free port. */
export async function startFakeLlm(initial: Partial<FakeLlmOptions> = {}): Promise<FakeLlm> {
  let options: FakeLlmOptions = { ...DEFAULT_OPTIONS, ...normaliseOptions(initial as Record<string, unknown>) };
  let fixtures = options.fixtures ? loadFixtures(options.fixtures) : new Map<string, UpstreamAnswer>();
  let random = options.seed === null ? Math.random : seededRandom(options.seed);
  const bucketFor = (capacity: number | null) =>
    capacity === null ? null : new TokenBucket(capacity, Math.max(1, capacity), Date.now());
  let bucket = bucketFor(options.capacity);
  const stats = new StatsRecorder(Date.now());
  let completionCounter = 0;
  const asked: ParseInput[] = [];

  const configure = (partial: Partial<FakeLlmOptions>) => {
    const changes = normaliseOptions(partial as Record<string, unknown>);
    const next = { ...options, ...changes };
    if (changes.fixtures !== undefined) fixtures = next.fixtures ? loadFixtures(next.fixtures) : new Map();
    if (changes.seed !== undefined) random = next.seed === null ? Math.random : seededRandom(next.seed);
    if (changes.capacity !== undefined) {
      if (next.capacity === null) bucket = null;
      else if (bucket) bucket.reconfigure(next.capacity, Math.max(1, next.capacity), Date.now());
      else bucket = bucketFor(next.capacity);
    }
    options = next;
  };

  const answerFor = (sms: ParseInput): UpstreamAnswer => {
    if (options.source === "fixtures") {
      const fixture = fixtures.get(sms.body);
      if (fixture) return fixture;
    }
    return answerFromParser(sms);
  };

  const completions = async (req: IncomingMessage, res: ServerResponse) => {
    const now = Date.now();
    stats.request(now);
    let text: string;
    try {
      text = await readBody(req);
    } catch {
      stats.badRequest();
      return sendJson(res, 413, openAiError("request body too large", "invalid_request_error", null));
    }
    if (options.down) {
      stats.error();
      return sendJson(res, 503, openAiError("The server is overloaded or not ready yet.", "server_error", null));
    }
    if (bucket) {
      const taken = bucket.take(Date.now());
      if (!taken.ok) {
        stats.rateLimited();
        const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
        return sendJson(
          res,
          429,
          openAiError(
            `Rate limit reached: ${options.capacity} requests per second. Please try again in ${seconds}s.`,
            "requests",
            "rate_limit_exceeded",
          ),
          { "retry-after": String(seconds), "retry-after-ms": String(Math.ceil(taken.retryAfterMs)) },
        );
      }
    }
    if (options.errorRate > 0 && random() < options.errorRate) {
      stats.error();
      return sendJson(
        res,
        500,
        openAiError("The server had an error while processing your request.", "server_error", null),
      );
    }
    const sms = smsFromRequest(text);
    if (typeof sms === "string") {
      stats.badRequest();
      return sendJson(res, 400, openAiError(sms, "invalid_request_error", null));
    }
    let answer: UpstreamAnswer;
    try {
      answer = answerFor(sms);
    } catch (error) {
      stats.error();
      return sendJson(res, 500, openAiError(`fake-llm could not answer: ${String(error)}`, "server_error", null));
    }
    if (options.latencyMs > 0) {
      const delay = options.latencyMs * (0.8 + 0.4 * random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const content = JSON.stringify(answer);
    stats.served(Date.now());
    asked.push({ sender: sms.sender, body: sms.body, received_at: sms.received_at });
    completionCounter++;
    const promptTokens = Math.ceil(text.length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    sendJson(res, 200, {
      id: `chatcmpl-fake-${completionCounter}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: options.model,
      choices: [
        { index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = `${req.method} ${path}`;
    const handle = async () => {
      switch (route) {
        case "POST /v1/chat/completions":
          return completions(req, res);
        case "GET /v1/models":
          return sendJson(res, 200, {
            object: "list",
            data: [{ id: options.model, object: "model", created: 0, owned_by: "smsledger" }],
          });
        case "GET /health":
          return sendJson(res, 200, { ok: true, down: options.down });
        case "GET /admin/stats":
          return sendJson(res, 200, stats.snapshot());
        case "GET /admin/asked":
          return sendJson(res, 200, { asked });
        case "POST /admin/config": {
          try {
            const body = JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>;
            configure(body);
            return sendJson(res, 200, options);
          } catch (error) {
            return sendJson(
              res,
              400,
              openAiError(String(error instanceof Error ? error.message : error), "invalid_request_error", null),
            );
          }
        }
        default:
          return sendJson(res, 404, openAiError(`no route ${route}`, "invalid_request_error", "not_found"));
      }
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, openAiError(String(error), "server_error", null));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostForUrl}:${port}/v1`,
    port,
    stats: () => stats.snapshot(),
    asked: () => [...asked],
    configure,
    options: () => ({ ...options }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
