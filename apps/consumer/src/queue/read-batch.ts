import { QUEUE_MAX_RETRIES } from "@smsledger/config";
import type { ConsumerEnv } from "../bindings";
import {
  callUpstream,
  DEFAULT_READ_SETTINGS,
  DEFAULT_TRUST,
  readMessages,
  type FaultRates,
  type Pending,
  type ReadPorts,
  type Resolution,
  type UpstreamClient,
  type UpstreamSettings,
} from "@smsledger/core";
import { reportOutcomes, requestAsks } from "../limiter/client";
import { recipeStore } from "../templates/store";
import type { BatchStats } from "../metrics/stats";

export type { Pending, ReadPath, Resolution } from "@smsledger/core";

export interface ReadDeps {
  env: ConsumerEnv;
  upstream: UpstreamSettings | null;
  faults: FaultRates;
  stats: BatchStats;
  fetchImpl?: typeof fetch;
  random?: () => number;
}

/** The upstream client: fetch to the configured OpenAI-compatible API, with injected faults outside production. */
function upstreamClient(deps: ReadDeps): UpstreamClient | null {
  const settings = deps.upstream;
  if (!settings) return null;
  const fetchImpl = deps.fetchImpl ?? ((url: string, init: RequestInit) => fetch(url, init));
  return async (input) => {
    if (deps.faults.upstreamFail > 0 && (deps.random ?? Math.random)() < deps.faults.upstreamFail) {
      return { kind: "server_error", status: 599, latencyMs: 0 };
    }
    return callUpstream(settings, input, fetchImpl);
  };
}

/** RECIPE_SHARE_MIN_USERS from the environment when it is a whole number ≥ 1, else the config default. */
function shareMinUsers(env: ConsumerEnv): number {
  const n = Number(env.RECIPE_SHARE_MIN_USERS);
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_TRUST.shareMinUsers;
}

/** RECIPE_RULES_CHECK from the environment: "0" or "false" turn the rules' check off, else the config default. */
function rulesCheck(env: ConsumerEnv): boolean {
  const value = env.RECIPE_RULES_CHECK?.trim().toLowerCase();
  return value === "0" || value === "false" ? false : DEFAULT_TRUST.rulesCheck;
}

/** Wires KV (recipes), the RateLimiter Durable Object (permits) and fetch (upstream) into core's read policy. */
export async function readBatch(pending: Pending[], deps: ReadDeps): Promise<Resolution[]> {
  const { env } = deps;
  const ports: ReadPorts = {
    recipes: recipeStore(env.TEMPLATES),
    permits: {
      acquire: (asks, rules) => requestAsks(env.RATE_LIMITER, asks, rules),
      report: (outcomes, done) => reportOutcomes(env.RATE_LIMITER, outcomes, done),
    },
    upstream: upstreamClient(deps),
  };
  const resolutions = await readMessages(
    pending,
    ports,
    {
      ...DEFAULT_READ_SETTINGS,
      parse: env.TIME_ZONE ? { timeZone: env.TIME_ZONE } : {},
      maxRetries: QUEUE_MAX_RETRIES,
      trust: { ...DEFAULT_TRUST, shareMinUsers: shareMinUsers(env), rulesCheck: rulesCheck(env) },
      // A batch that dies while asking holds its formats' leases no longer than one upstream call and a margin.
      askLeaseMs: (deps.upstream?.timeoutMs ?? DEFAULT_READ_SETTINGS.askLeaseMs) + 15_000,
      backoff: {
        baseSeconds: Number(env.RETRY_BASE_SECONDS ?? 2),
        maxSeconds: Number(env.RETRY_MAX_SECONDS ?? 300),
        random: deps.random,
      },
    },
    deps.stats,
  );
  logNotes(resolutions);
  return resolutions;
}

/**
 * The batch's reading notes, counted: one log line per batch, `reading notes {"<path>: <notes>": count}`, instead
 * of one per SMS (the lines never named an SMS; each was a log event to ship, and Workers Logs bills per event).
 */
function logNotes(resolutions: Resolution[]): void {
  const counts: Record<string, number> = {};
  for (const r of resolutions) {
    if (r.kind !== "read" || !r.notes) continue;
    const key = `${r.path}: ${r.notes.join("; ")}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  if (Object.keys(counts).length > 0) console.log("reading notes", JSON.stringify(counts));
}
