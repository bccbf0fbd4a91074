import { stateOf } from "../ledger/state";
import { parseSms } from "../parser/index";
import { DEFAULT_RATE_LIMIT_CONFIG } from "../ratelimit/config";
import type { CallOutcomes } from "../ratelimit/report";
import { isFinalAttempt, retryDelaySeconds } from "../retry/index";
import type { SmsJob } from "../schemas/job";
import { MONEY_MOVING_INTENTS, type ParseOptions, type ParseResult } from "../schemas/parse-result";
import { applyRecipe } from "../templates/apply";
import { fingerprint } from "../templates/fingerprint";
import {
  DEFAULT_TRUST,
  isRejected,
  recipeServing,
  rememberRecipe,
  rememberRejection,
  type Serving,
  type TrustSettings,
} from "../templates/recipe-book";
import type { Recipe } from "../templates/recipe-schema";
import type { RecipeStore } from "../templates/recipe-store";
import type { UpstreamOutcome } from "../upstream/client";
import type { AskVerdict, FormatAsk } from "./ask-leases";
import type { Pending, PermitSource, ReadCounters, Resolution, UpstreamClient } from "./ports";
import { learnFromReading } from "./learn-reading";
import { checkedReading, rulesAgree, rulesTeachSame } from "./rule-check";
import { withRuleFields } from "./rule-fields";
import { ruleVerdict, unconfirmed, type RuleVerdict } from "./trust";

/** The ports the read policy runs on; the consumer wires KV, the Durable Object and fetch into them. */
export interface ReadPorts {
  recipes: RecipeStore;
  permits: PermitSource;
  /** null when no upstream is configured (rules and templates only). */
  upstream: UpstreamClient | null;
}

export interface ReadSettings {
  parse: ParseOptions;
  /** The queue's max_retries: on the last attempt a message is stored (as needs_review) instead of waiting. */
  maxRetries: number;
  backoff: { baseSeconds: number; maxSeconds: number; random?: () => number };
  trust: TrustSettings;
  /** How long a batch's asking lease on a format lasts if the batch never reports (the upstream timeout and more). */
  askLeaseMs: number;
}

export const DEFAULT_READ_SETTINGS: Omit<ReadSettings, "maxRetries"> = {
  parse: {},
  backoff: { baseSeconds: 2, maxSeconds: 300 },
  trust: DEFAULT_TRUST,
  askLeaseMs: 30_000,
};

const unsure = (result: ParseResult, job: SmsJob) => stateOf(result, job.body, job.sender) === "needs_review";
const namesMovement = (result: ParseResult) => MONEY_MOVING_INTENTS.has(result.intent) && result.amount_minor !== null;

/** Notes of a fallback reading stored unconfirmed. */
const UNCONFIRMED_NOTE = "unconfirmed: a fallback reading of a format no rule knows, left for review";

/** Notes of a template reading left for review. */
const TEMPLATE_UNSURE_NOTE = "template reading unsure, as the format's upstream answer was: left for review";

/** One batch's reading: per message, its rule reading, and the formats left for the upstream. */
class BatchRead {
  readonly resolutions: Resolution[];
  /** Unseen formats (a fallback reading, with an upstream configured): stored unconfirmed when no answer comes. */
  readonly unseen: boolean[] = [];
  /** The rules' reading of each message. */
  readonly rules: ParseResult[] = [];
  /** Unread messages by format and user: one upstream call per group. */
  readonly groups = new Map<string, { fingerprint: string; user: string; indexes: number[] }>();
  /** Per format, the first message another user's recipe read with the rules' agreement: it may count as agreement. */
  readonly checked = new Map<string, { index: number; recipe: Recipe }>();

  constructor(
    readonly pending: Pending[],
    readonly ports: ReadPorts,
    readonly settings: ReadSettings,
    readonly counters: ReadCounters,
  ) {
    this.resolutions = new Array(pending.length);
  }

  /** The rule reading (stored as `needs_review`, being unsure or unconfirmed) when waiting longer would not help. */
  review(i: number, notes: string[] = [], disputed = false): void {
    const fallback = this.fallback(i);
    const all = [...notes, ...fallback.notes];
    const review = disputed || fallback.review === true;
    const extra = { ...(all.length > 0 ? { notes: all } : {}), ...(review ? { review: true as const } : {}) };
    this.resolutions[i] = { kind: "read", result: fallback.result, path: "rule", ...extra };
  }

  /**
   * What to store when no better reading comes: the rule reading, or an unseen format's guess, unconfirmed; `review`
   * when that guess names a movement whose state would not be `needs_review` (money the money signal misses).
   */
  fallback(i: number): { result: ParseResult; notes: string[]; review?: true } {
    const result = this.rules[i] as ParseResult;
    if (!this.unseen[i]) return { result, notes: [] };
    const job = (this.pending[i] as Pending).job;
    const guess = unconfirmed(result, job);
    // Never drop: a guess that names a movement waits in review even where its text shows no money signal.
    const review = namesMovement(guess) && !unsure(guess, job) ? { review: true as const } : {};
    return { result: guess, notes: [UNCONFIRMED_NOTE], ...review };
  }

  later(indexes: number[], delaySeconds: number, reason: string): void {
    for (const i of indexes) {
      if (isFinalAttempt((this.pending[i] as Pending).attempts, this.settings.maxRetries)) this.review(i);
      else {
        this.resolutions[i] = { kind: "later", delaySeconds, reason };
        this.counters.deferred++;
      }
    }
  }

  backoff(attempts: number): number {
    return retryDelaySeconds(attempts, this.settings.backoff);
  }
}

/**
 * Reads every message of a batch: rules first, then the learned template serving its user, then (for
 * formats with none) the upstream LLM, asked once per format and user, only with permits from the
 * global limiter, and never again for a format whose answer was recently rejected. Only a known
 * institution's rule is the last word (`ruleVerdict`): a fallback reading is a format never seen before.
 * With no upstream configured the rules' verdict stands; with one, an unseen format that gets no answer
 * is stored `needs_review` with the rules' guess (`unconfirmed`).
 */
export async function readMessages(
  pending: Pending[],
  ports: ReadPorts,
  settings: ReadSettings,
  counters: ReadCounters,
): Promise<Resolution[]> {
  const batch = new BatchRead(pending, ports, settings, counters);
  for (const [i, { job }] of pending.entries()) {
    const result = parseSms(job, settings.parse);
    batch.rules[i] = result;
    const verdict = ruleVerdict(result, job);
    const unseen = verdict === "unseen" && ports.upstream !== null;
    batch.unseen[i] = unseen;
    if (verdict === "trusted" || (verdict === "unseen" && !unseen)) {
      batch.resolutions[i] = { kind: "read", result, path: "rule" };
      continue;
    }
    const fp = fingerprint(job.sender, job.body);
    const serving = await recipeServing(ports.recipes, fp, job.user_id, settings.trust);
    if (serving && readByTemplate(batch, i, fp, serving, verdict)) continue;
    if (serving) counters.templateRejected++;
    counters.templateMisses++;
    if (!ports.upstream) batch.review(i);
    else if (await isRejected(ports.recipes, fp, job.user_id)) {
      batch.review(i, ["format's upstream answer rejected recently"], true);
    } else {
      const key = `${fp}\n${job.user_id}`;
      const group = batch.groups.get(key) ?? { fingerprint: fp, user: job.user_id, indexes: [] };
      group.indexes.push(i);
      batch.groups.set(key, group);
    }
  }
  await countAgreements(batch);
  if (batch.groups.size > 0 && ports.upstream) await askUpstream(batch, ports.upstream);
  return batch.resolutions;
}

/**
 * Reads message `i` with the recipe serving its user, if it reads it. A recipe other users taught (`checked`)
 * reads it only where the rules read the same SMS confidently (`unseen`, so not unsure) and agree with it.
 */
function readByTemplate(batch: BatchRead, i: number, fp: string, serving: Serving, verdict: RuleVerdict): boolean {
  const { job } = batch.pending[i] as Pending;
  const rules = batch.rules[i] as ParseResult;
  const applied = applyRecipe(serving.recipe, job);
  if (!applied) return false;
  if (serving.checked) {
    if (verdict !== "unseen" || unsure(applied, job) || !rulesAgree(applied, rules)) return false;
    batch.counters.templateHits++;
    batch.resolutions[i] = { kind: "read", result: checkedReading(applied, rules, job), path: "template" };
    if (!batch.checked.has(fp)) batch.checked.set(fp, { index: i, recipe: serving.recipe });
    return true;
  }
  // A recipe reads what the format's answer said; when that is unsure (the answer itself ended in review: a
  // balance beside a second amount, a field the answer lacked), asking again would answer the same: review.
  batch.counters.templateHits++;
  const notes = unsure(applied, job) ? { notes: [TEMPLATE_UNSURE_NOTE] } : {};
  batch.resolutions[i] = { kind: "read", result: withRuleFields(applied, rules), path: "template", ...notes };
  return true;
}

/** Recipes already checked against the rules' reading in this isolate (a cached recipe is checked once). */
const agreementTried = new WeakSet<Recipe>();

/**
 * Once per format and batch: when the rules' reading of an SMS another user's recipe read teaches that very recipe
 * (`rulesTeachSame`), the SMS's user counts as agreeing (the recipe becomes theirs, shared once enough users agree),
 * as if their own upstream answer had taught it: no second call for the format.
 */
async function countAgreements(batch: BatchRead): Promise<void> {
  for (const [fp, { index, recipe }] of batch.checked) {
    if (agreementTried.has(recipe)) continue;
    agreementTried.add(recipe);
    const { job } = batch.pending[index] as Pending;
    if (!rulesTeachSame(recipe, job, batch.rules[index] as ParseResult)) continue;
    await rememberRecipe(batch.ports.recipes, fp, job.user_id, recipe, batch.settings.trust);
  }
}

async function askUpstream(batch: BatchRead, upstream: UpstreamClient): Promise<void> {
  const { ports, settings } = batch;
  const groups = [...batch.groups.values()];
  const asks: FormatAsk[] = groups.map((g) => ({ fingerprint: g.fingerprint, user: g.user }));
  // With the rules' check, the first answer may read the other users' SMS: they wait for it instead of asking too.
  const perFormat = settings.trust.rulesCheck ? 1 : settings.trust.shareMinUsers;
  const rules = { perFormat, leaseMs: settings.askLeaseMs };
  const verdicts = await ports.permits.acquire(asks, rules);
  const outcomes: CallOutcomes = { ok: 0, slow: 0, rateLimited: 0, serverErrors: 0, timeouts: 0 };
  const leading = groups.filter((group, g) => {
    const verdict = verdicts[g] ?? { ask: false, waitMs: 5_000, why: "permit" };
    if (!verdict.ask) wait(batch, group.indexes, verdict);
    return verdict.ask;
  });
  // Every call settles before the leases end, even when one of them fails (the batch is then split and retried).
  const settled = await Promise.allSettled(leading.map((group) => askOne(batch, upstream, group, outcomes)));
  // Once per batch: how the calls went (pauses were reported as they came), and the formats' leases end: their
  // answers are stored, so the messages that waited for them read the recipe (or ask, if none was learned).
  const done = leading.map((g) => ({ fingerprint: g.fingerprint, user: g.user }));
  await ports.permits.report(outcomes, done);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

/** Gives a group back to the queue: until a permit comes, or until the batch asking about its format is done. */
function wait(batch: BatchRead, indexes: number[], verdict: Exclude<AskVerdict, { ask: true }>): void {
  const seconds = Math.max(1, Math.ceil(verdict.waitMs / 1000));
  if (verdict.why === "permit") {
    batch.later(indexes, seconds, "waiting for an upstream permit");
    return;
  }
  // The asking batch usually reports within a second or two; the lease end is only the bound.
  const attempts = (batch.pending[indexes[0] as number] as Pending).attempts;
  const delay = Math.max(1, Math.min(seconds, batch.backoff(attempts)));
  batch.later(indexes, delay, "another batch is asking about this format");
}

async function askOne(
  batch: BatchRead,
  upstream: UpstreamClient,
  group: { fingerprint: string; user: string; indexes: number[] },
  outcomes: CallOutcomes,
): Promise<void> {
  const { ports, counters } = batch;
  const first = group.indexes[0] as number;
  const { job, attempts } = batch.pending[first] as Pending;
  const outcome = await upstream(job);
  counters.upstreamCalls++;
  counters.upstreamLatencyMs.push(outcome.latencyMs);
  if (outcome.kind === "rate_limited" && outcome.retryAfterMs) {
    // A Retry-After pause is reported at once, so that no other batch calls into it.
    const pause = {
      ok: 0,
      slow: 0,
      rateLimited: 1,
      serverErrors: 0,
      timeouts: 0,
      retryAfterMs: outcome.retryAfterMs,
    };
    await ports.permits.report(pause, []);
  } else count(outcomes, outcome);
  if (outcome.kind !== "ok") {
    if (outcome.kind === "client_error" || outcome.kind === "invalid") for (const i of group.indexes) batch.review(i);
    else {
      const pause = outcome.kind === "rate_limited" ? outcome.retryAfterMs : null;
      const retryAfter = pause ? Math.ceil(pause / 1000) : null;
      batch.later(group.indexes, retryAfter ?? batch.backoff(attempts), `upstream ${outcome.kind}`);
    }
    return;
  }
  counters.upstreamOk++;
  await useAnswer(batch, group, outcome.result);
}

/** Grounds one answer, stores what it teaches, and reads the group's messages with it. */
async function useAnswer(
  batch: BatchRead,
  group: { fingerprint: string; user: string; indexes: number[] },
  answer: ParseResult,
) {
  const { ports, settings, counters } = batch;
  const [first, ...followers] = group.indexes as [number, ...number[]];
  const job = (batch.pending[first] as Pending).job;
  const learned = await learnFromReading(ports.recipes, job, group.user, answer, settings.trust);
  if (!learned.reading) {
    // Never invent: the answer is not in the text. Remember the format so that its next SMS do not ask again.
    // Never drop either: the upstream said money moved, so the format's SMS wait in review whatever the rules said.
    await rememberRejection(ports.recipes, group.fingerprint, group.user, settings.trust);
    for (const i of group.indexes) batch.review(i, learned.notes, true);
    return;
  }
  const notes = learned.notes.length > 0 ? { notes: learned.notes } : {};
  batch.resolutions[first] = { kind: "read", result: learned.reading, path: "llm", ...notes };
  for (const i of followers) {
    const applied = learned.recipe ? applyRecipe(learned.recipe, (batch.pending[i] as Pending).job) : null;
    if (applied) {
      counters.templateHits++;
      batch.resolutions[i] = {
        kind: "read",
        result: withRuleFields(applied, batch.rules[i] as ParseResult),
        path: "template",
      };
    } else batch.later([i], 1, "same format, needs its own upstream reading");
  }
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
