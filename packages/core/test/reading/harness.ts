import { formatMinor } from "../../src/money";
import type { SmsJob } from "../../src/schemas/job";
import type { ParseInput, ParseResult } from "../../src/schemas/parse-result";
import { memoryRecipeStore } from "../../src/templates/memory-recipe-store";
import { DEFAULT_READ_SETTINGS, readMessages, type ReadSettings } from "../../src/reading/read-batch";
import type { PermitSource, ReadCounters, Resolution, UpstreamClient } from "../../src/reading/ports";
import type { RecipeStore } from "../../src/templates/recipe-store";
import { AskLeases, type FormatAsk } from "../../src/reading/ask-leases";

/** A bank format no rule knows (as in the consumer's tests), with the values that vary. */
export const SENDER = "VM-ZENITH-S";
export const zenith = (amount: string, payee: string, ref: string, day = 12) =>
  `ZENITH COOP: you paid ${amount} (INR) from acct ending 4455 to ${payee} on ${day}/11. Ref ${ref}.`;

/** The same bank's other format, which the generic readers read confidently (`ruleVerdict` = `unseen`). */
export const coop = (amount: string, payee: string, ref: string, day = 12) =>
  `ZENITH COOP: INR ${amount} debited from A/c XX4455 to ${payee} on ${day}/11. Ref ${ref}.`;

export function job(user: string, body: string, sender = SENDER): SmsJob {
  return {
    user_id: user,
    sms_id: `sms_${Math.random().toString(36).slice(2)}`,
    ingestion_id: "ing",
    sender,
    body,
    received_at: "2026-11-12T10:00:00+05:30",
    accepted_at: 0,
  };
}

export function debit(
  amountMinor: number,
  payee: string | null,
  ref: string | null,
  extra: Partial<ParseResult> = {},
): ParseResult {
  return {
    intent: "transaction",
    direction: "debit",
    amount_minor: amountMinor,
    currency: "INR",
    account: "4455",
    account_kind: "bank",
    counterparty: payee,
    method: "OTHER",
    reference: ref,
    balance_minor: null,
    occurred_at: null,
    institution: null,
    category: null,
    parser: "llm:scripted",
    confidence: 0.8,
    ...extra,
  };
}

/**
 * The upstream double: answers each body from a script (as tools/fake-llm's fixtures mode does), and
 * counts the calls. A body without a scripted answer is a server error.
 */
export function scriptedUpstream(script: Map<string, ParseResult>): UpstreamClient & { calls: ParseInput[] } {
  const calls: ParseInput[] = [];
  const client = async (input: ParseInput) => {
    calls.push(input);
    const result = script.get(input.body);
    return result
      ? { kind: "ok" as const, result, latencyMs: 1 }
      : { kind: "server_error" as const, status: 500, latencyMs: 1 };
  };
  return Object.assign(client, { calls });
}

/** A limiter that grants every permit (the policy's permit handling is tested with `granting(n)`). */
export const granting = (n = Number.POSITIVE_INFINITY): PermitSource => ({
  acquire: async (asks) =>
    asks.map((_, i) =>
      i < n ? { ask: true as const } : { ask: false as const, waitMs: 2_000, why: "permit" as const },
    ),
  report: async () => undefined,
});

/** The consumer's limiter in memory: every permit, and the asking leases of `AskLeases` (single-flight per format). */
export function leasing(clock: { now: number }): PermitSource & { leases: AskLeases; reports: FormatAsk[][] } {
  const leases = new AskLeases();
  const reports: FormatAsk[][] = [];
  return {
    leases,
    reports,
    acquire: async (asks, rules) => leases.claim(asks, rules, clock.now, (n) => ({ granted: n, retryAfterMs: 0 })),
    report: async (_outcomes, done) => {
      reports.push(done);
      leases.release(done);
    },
  };
}

export const emptyCounters = (): ReadCounters => ({
  templateHits: 0,
  templateMisses: 0,
  templateRejected: 0,
  upstreamCalls: 0,
  upstreamOk: 0,
  upstreamLatencyMs: [],
  deferred: 0,
});

export const settings: ReadSettings = { ...DEFAULT_READ_SETTINGS, maxRetries: 10 };

export interface World {
  store: RecipeStore;
  clock: { now: number };
  read(
    jobs: SmsJob[],
    upstream: UpstreamClient,
    options?: { permits?: PermitSource; settings?: ReadSettings },
  ): Promise<Resolution[]>;
  counters: ReadCounters;
}

export function world(): World {
  const clock = { now: Date.parse("2026-11-12T10:00:00Z") };
  const store = memoryRecipeStore(() => clock.now);
  const counters = emptyCounters();
  return {
    store,
    clock,
    counters,
    read: (jobs, upstream, options = {}) =>
      readMessages(
        jobs.map((j) => ({ job: j, attempts: 1 })),
        { recipes: store, permits: options.permits ?? granting(), upstream },
        options.settings ?? settings,
        counters,
      ),
  };
}

export const money = (minor: number) => formatMinor(minor);

export function readOf(r: Resolution | undefined): { result: ParseResult; path: string; notes?: string[] } {
  if (!r || r.kind !== "read") throw new Error(`not read: ${JSON.stringify(r)}`);
  return r;
}
