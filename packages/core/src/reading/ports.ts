import type { CallOutcomes } from "../ratelimit/report";
import type { ParseInput, ParseResult } from "../schemas/parse-result";
import type { SmsJob } from "../schemas/job";
import type { UpstreamOutcome } from "../upstream/client";
import type { AskRules, AskVerdict, FormatAsk } from "./ask-leases";

/** How an SMS was read. */
export type ReadPath = "rule" | "template" | "llm";

/** A message of the batch: its job and how often it was delivered. */
export interface Pending {
  job: SmsJob;
  attempts: number;
}

/** What to do with a message: store this reading, or give it back to the queue for later. */
export type Resolution =
  | {
      kind: "read";
      result: ParseResult;
      path: ReadPath;
      notes?: string[];
      /** Store as `needs_review` whatever the reading says: the upstream said money moved but could not be grounded. */
      review?: true;
    }
  | { kind: "later"; delaySeconds: number; reason: string };

/**
 * Port: the global limiter of upstream calls and the single-flight of questions per format (the RateLimiter
 * Durable Object in the consumer; `AskLeases` keeps the leases).
 */
export interface PermitSource {
  /**
   * Per ask of the batch, at once: a permit and the format's asking lease, or how long to wait (no permit now, or
   * another batch is asking about the format). An unreachable limiter grants nothing.
   */
  acquire(asks: FormatAsk[], rules: AskRules): Promise<AskVerdict[]>;
  /** How calls went, and the asks whose answers are now stored (their leases end). A Retry-After pause is reported on its own, at once. */
  report(outcomes: CallOutcomes, done: FormatAsk[]): Promise<void>;
}

/** Port: asks the upstream LLM to read one SMS. Never throws. */
export type UpstreamClient = (input: ParseInput) => Promise<UpstreamOutcome>;

/** What a batch's reading did, added to the batch's metrics. */
export interface ReadCounters {
  /** Messages read by a learned template (same-batch followers of an upstream answer included). */
  templateHits: number;
  templateMisses: number;
  /** A recipe was found but did not read the message. */
  templateRejected: number;
  upstreamCalls: number;
  upstreamOk: number;
  upstreamLatencyMs: number[];
  deferred: number;
}
