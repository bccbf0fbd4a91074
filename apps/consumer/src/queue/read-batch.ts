import { QUEUE_MAX_RETRIES } from "@smsledger/config";
import type { ConsumerEnv } from "@smsledger/config/env";
import {
  applyRecipe,
  callUpstream,
  DEFAULT_RATE_LIMIT_CONFIG,
  fingerprint,
  isFinalAttempt,
  learnRecipe,
  MONEY_MOVING_INTENTS,
  parseSms,
  retryDelaySeconds,
  stateOf,
  type CallOutcomes,
  type FaultRates,
  type ParseResult,
  type SmsJob,
  type UpstreamOutcome,
  type UpstreamSettings,
} from "@smsledger/core";
import { reportOutcomes, requestPermits } from "../limiter/client";
import { findRecipe, saveRecipe } from "../templates/store";
import type { BatchStats } from "../metrics/stats";

/** How an SMS was read. */
export type ReadPath = "rule" | "template" | "llm";

/** A message of the batch: its job and how often it was delivered. */
export interface Pending {
  job: SmsJob;
  attempts: number;
}

/** What to do with a message: store this reading, or give it back to the queue for later. */
export type Resolution =
  | { kind: "read"; result: ParseResult; path: ReadPath }
  | { kind: "later"; delaySeconds: number; reason: string };

export interface ReadDeps {
  env: ConsumerEnv;
  upstream: UpstreamSettings | null;
  faults: FaultRates;
  stats: BatchStats;
  fetchImpl?: typeof fetch;
  random?: () => number;
}

const unsure = (result: ParseResult, job: SmsJob) => stateOf(result, job.body, job.sender) === "needs_review";

/**
 * Reads every message of a batch: rules first, then learned templates, then (for formats never
 * seen before) the upstream LLM, asked once per format and only with permits from the global limiter.
 */
export async function readBatch(pending: Pending[], deps: ReadDeps): Promise<Resolution[]> {
  const options = deps.env.TIME_ZONE ? { timeZone: deps.env.TIME_ZONE } : {};
  const resolutions: Resolution[] = new Array(pending.length);
  const groups = new Map<string, number[]>();
  const ruleResults: ParseResult[] = [];

  for (const [i, { job }] of pending.entries()) {
    const result = parseSms(job, options);
    ruleResults[i] = result;
    if (!unsure(result, job)) {
      resolutions[i] = { kind: "read", result, path: "rule" };
      continue;
    }
    const fp = fingerprint(job.sender, job.body);
    const { recipe, from } = await findRecipe(deps.env.TEMPLATES, fp);
    const applied = recipe ? applyRecipe(recipe, job) : null;
    if (applied && !unsure(applied, job)) {
      deps.stats.templateHits++;
      resolutions[i] = { kind: "read", result: applied, path: "template" };
      continue;
    }
    if (from !== "miss") deps.stats.templateRejected++;
    deps.stats.templateMisses++;
    groups.set(fp, [...(groups.get(fp) ?? []), i]);
  }

  if (groups.size > 0) await askUpstream(pending, ruleResults, groups, resolutions, deps);
  return resolutions;
}

function backoff(attempts: number, deps: ReadDeps): number {
  return retryDelaySeconds(attempts, {
    baseSeconds: Number(deps.env.RETRY_BASE_SECONDS ?? 2),
    maxSeconds: Number(deps.env.RETRY_MAX_SECONDS ?? 300),
    random: deps.random,
  });
}

/** The rule reading (stored as `needs_review`, being unsure) when waiting longer for the upstream would not help. */
function review(ruleResults: ParseResult[], i: number): Resolution {
  const result = ruleResults[i] as ParseResult;
  return { kind: "read", result, path: "rule" };
}

async function askUpstream(
  pending: Pending[],
  ruleResults: ParseResult[],
  groups: Map<string, number[]>,
  resolutions: Resolution[],
  deps: ReadDeps,
): Promise<void> {
  const later = (indexes: number[], delaySeconds: number, reason: string) => {
    for (const i of indexes) {
      const attempts = (pending[i] as Pending).attempts;
      resolutions[i] = isFinalAttempt(attempts, QUEUE_MAX_RETRIES) ? review(ruleResults, i) : { kind: "later", delaySeconds, reason };
      if (resolutions[i]?.kind === "later") deps.stats.deferred++;
    }
  };

  if (!deps.upstream) {
    for (const indexes of groups.values()) for (const i of indexes) resolutions[i] = review(ruleResults, i);
    return;
  }

  const entries = [...groups.entries()];
  const permits = await requestPermits(deps.env.RATE_LIMITER, entries.length);
  const outcomes: CallOutcomes = { ok: 0, slow: 0, rateLimited: 0, serverErrors: 0, timeouts: 0 };
  const waitSeconds = Math.max(1, Math.ceil(permits.retryAfterMs / 1000));
  for (const [, indexes] of entries.slice(permits.granted)) later(indexes, waitSeconds, "waiting for an upstream permit");

  await Promise.all(
    entries.slice(0, permits.granted).map(async ([fp, indexes]) => {
      const first = indexes[0] as number;
      const job = (pending[first] as Pending).job;
      const outcome = await call(deps, job);
      deps.stats.upstreamCalls++;
      deps.stats.upstreamLatencyMs.push(outcome.latencyMs);
      if (outcome.kind === "rate_limited" && outcome.retryAfterMs) {
        // A Retry-After pause is reported at once, so that no other batch calls into it.
        await reportOutcomes(deps.env.RATE_LIMITER, { ok: 0, slow: 0, rateLimited: 1, serverErrors: 0, timeouts: 0, retryAfterMs: outcome.retryAfterMs });
      } else count(outcomes, outcome);
      if (outcome.kind !== "ok") {
        const attempts = (pending[first] as Pending).attempts;
        const permanent = outcome.kind === "client_error" || outcome.kind === "invalid";
        if (permanent) for (const i of indexes) resolutions[i] = review(ruleResults, i);
        else later(indexes, outcome.kind === "rate_limited" && outcome.retryAfterMs ? Math.ceil(outcome.retryAfterMs / 1000) : backoff(attempts, deps), `upstream ${outcome.kind}`);
        return;
      }
      deps.stats.upstreamOk++;
      const answer = outcome.result;
      const recipe = learnRecipe(job, answer);
      if (recipe) await saveRecipe(deps.env.TEMPLATES, fp, recipe);
      // A money movement the recipe cannot find in the text itself is not trusted: never invent.
      const grounded = recipe !== null || !MONEY_MOVING_INTENTS.has(answer.intent);
      resolutions[first] = grounded ? { kind: "read", result: answer, path: "llm" } : review(ruleResults, first);
      for (const i of indexes.slice(1)) {
        const applied = recipe ? applyRecipe(recipe, (pending[i] as Pending).job) : null;
        if (applied) resolutions[i] = { kind: "read", result: applied, path: "template" };
        else later([i], 1, "same format, needs its own upstream reading");
      }
    }),
  );
  // Once per batch: how the calls went (pauses were reported as they came).
  await reportOutcomes(deps.env.RATE_LIMITER, outcomes);
}

async function call(deps: ReadDeps, job: SmsJob): Promise<UpstreamOutcome> {
  if (deps.faults.upstreamFail > 0 && (deps.random ?? Math.random)() < deps.faults.upstreamFail) {
    return { kind: "server_error", status: 599, latencyMs: 0 };
  }
  return callUpstream(deps.upstream as UpstreamSettings, job, deps.fetchImpl ?? fetch);
}

/** Adds one call's outcome to the batch's report to the limiter. */
function count(outcomes: CallOutcomes, outcome: UpstreamOutcome): void {
  switch (outcome.kind) {
    case "ok":
      outcomes.ok++;
      if (outcome.latencyMs > DEFAULT_RATE_LIMIT_CONFIG.latencyTargetMs) outcomes.slow++;
      break;
    case "rate_limited":
      outcomes.rateLimited++;
      break;
    case "server_error":
      outcomes.serverErrors++;
      break;
    case "timeout":
      outcomes.timeouts++;
      break;
  }
}
