/** Knobs of the fake LLM; all can be changed at runtime via POST /admin/config. */
export interface FakeLlmOptions {
  port: number;
  host: string;
  /** Sustained requests per second (token bucket, 1 s burst); beyond it 429. null = unlimited. */
  capacity: number | null;
  /** Fraction (0…1) of admitted requests answered 500. */
  errorRate: number;
  /** Mean answer latency, ms (±20% jitter). */
  latencyMs: number;
  /** Where answers come from: core's rule parser, or a fixtures file (falling back to the parser). */
  source: "parser" | "fixtures";
  /** Path of a JSON map body -> answer, or JSONL lines {body, answer | expected}. */
  fixtures: string | null;
  /** Answer 503 to every completion request (simulated outage). */
  down: boolean;
  /** Model id reported in answers and /v1/models. */
  model: string;
  /** Seed of the random source (error rate, jitter); null = Math.random. */
  seed: number | null;
}

export const DEFAULT_OPTIONS: FakeLlmOptions = {
  port: 8788,
  host: "127.0.0.1",
  capacity: null,
  errorRate: 0,
  latencyMs: 0,
  source: "parser",
  fixtures: null,
  down: false,
  model: "fake-llm",
  seed: null,
};

function numberOrNull(value: unknown, name: string): number | null {
  if (value === null || value === undefined || value === "" || value === "none" || value === "unlimited") return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n === 0 ? null : n;
}

function nonNegative(value: unknown, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n;
}

function bool(value: unknown): boolean {
  return value === true || value === "true" || value === "1" || value === 1 || value === "";
}

/** Validates a partial options object (from JSON, CLI or env). Accepts snake_case aliases. Throws on bad values. */
export function normaliseOptions(raw: Record<string, unknown>): Partial<FakeLlmOptions> {
  const get = (camel: string, snake: string): unknown => (camel in raw ? raw[camel] : raw[snake]);
  const out: Partial<FakeLlmOptions> = {};
  if (get("port", "port") !== undefined) out.port = nonNegative(raw.port, "port");
  if (raw.host !== undefined) out.host = String(raw.host);
  if ("capacity" in raw) out.capacity = numberOrNull(raw.capacity, "capacity");
  const errorRate = get("errorRate", "error_rate");
  if (errorRate !== undefined) {
    const n = nonNegative(errorRate, "errorRate");
    if (n > 1) throw new Error("errorRate must be within 0…1");
    out.errorRate = n;
  }
  const latency = get("latencyMs", "latency_ms");
  if (latency !== undefined) out.latencyMs = nonNegative(latency, "latencyMs");
  if (raw.source !== undefined) {
    if (raw.source !== "parser" && raw.source !== "fixtures") throw new Error("source must be parser or fixtures");
    out.source = raw.source;
  }
  if (raw.fixtures !== undefined) out.fixtures = raw.fixtures === null ? null : String(raw.fixtures);
  if (raw.down !== undefined) out.down = bool(raw.down);
  if (raw.model !== undefined) out.model = String(raw.model);
  if (raw.seed !== undefined) out.seed = raw.seed === null ? null : nonNegative(raw.seed, "seed");
  return out;
}

const FLAGS: Record<string, string> = {
  "--port": "port",
  "--host": "host",
  "--capacity": "capacity",
  "--error-rate": "errorRate",
  "--latency-ms": "latencyMs",
  "--source": "source",
  "--fixtures": "fixtures",
  "--down": "down",
  "--model": "model",
  "--seed": "seed",
};
const ENV: Record<string, string> = {
  FAKE_LLM_PORT: "port",
  FAKE_LLM_HOST: "host",
  FAKE_LLM_CAPACITY: "capacity",
  FAKE_LLM_ERROR_RATE: "errorRate",
  FAKE_LLM_LATENCY_MS: "latencyMs",
  FAKE_LLM_SOURCE: "source",
  FAKE_LLM_FIXTURES: "fixtures",
  FAKE_LLM_DOWN: "down",
  FAKE_LLM_MODEL: "model",
  FAKE_LLM_SEED: "seed",
};

/** Options from environment variables, then command-line flags (flags win). */
export function optionsFromCli(argv: readonly string[], env: Record<string, string | undefined>): FakeLlmOptions {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV)) if (env[name] !== undefined) raw[key] = env[name];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new HelpRequested();
    const [flag = "", inline] = arg.split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown flag ${arg}`);
    if (key === "down" && inline === undefined) {
      raw.down = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    raw[key] = value;
  }
  return { ...DEFAULT_OPTIONS, ...normaliseOptions(raw) };
}

export class HelpRequested extends Error {}

export const USAGE = `fake-llm: a local OpenAI-compatible chat-completions server for smsledger

  --port <n>          (FAKE_LLM_PORT, default 8788; 0 = any free port)
  --host <addr>       (FAKE_LLM_HOST, default 127.0.0.1)
  --capacity <req/s>  (FAKE_LLM_CAPACITY) token bucket; beyond it 429 + Retry-After. Default unlimited
  --error-rate <0..1> (FAKE_LLM_ERROR_RATE) share of requests answered 500
  --latency-ms <ms>   (FAKE_LLM_LATENCY_MS) mean latency, ±20% jitter
  --source parser|fixtures  (FAKE_LLM_SOURCE)
  --fixtures <path>   (FAKE_LLM_FIXTURES) JSON map body -> answer, or JSONL {body, answer|expected}
  --down              (FAKE_LLM_DOWN=1) answer 503 to everything
  --model <id>        (FAKE_LLM_MODEL, default fake-llm)
  --seed <n>          (FAKE_LLM_SEED) deterministic randomness

Endpoints: POST /v1/chat/completions, GET /v1/models, GET /health,
           GET /admin/stats, GET /admin/asked (messages answered),
           POST /admin/config (JSON with any of the knobs above, camelCase)`;
