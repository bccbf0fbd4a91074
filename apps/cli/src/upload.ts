// One batch through the API, with the retry policy: the queue's 503 and the quota's 413 say from which line
// to go on (`resume_from_line`); 429 and 5xx wait and retry; any other answer stops the import.
import type { Api, NdjsonAnswer, Problem } from "./api";

const MAX_TRIES = 8;

/** The import cannot go on: a refused key, a bad request, the storage quota, or the API out of reach. */
export class UploadStopped extends Error {
  constructor(
    message: string,
    readonly problem?: Problem,
    /** The part of the batch that was recorded before it stopped. */
    readonly partial?: BatchResult,
  ) {
    super(message);
  }
}

export interface BatchResult {
  ingestionIds: string[];
  accepted: number;
  duplicates: number;
  /** Lines the API rejected (1-based, in the batch), with their reason. */
  rejected: { line: number; reason: string }[];
  rejectedCount: number;
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const backoff = (attempt: number) => Math.min(30, 2 ** attempt) * (0.5 + Math.random() / 2);

function add(result: BatchResult, answer: NdjsonAnswer, offset: number): void {
  result.ingestionIds.push(answer.ingestion_id);
  result.accepted += answer.accepted;
  result.duplicates += answer.duplicates;
  result.rejectedCount += answer.rejected;
  for (const error of answer.errors) {
    const reason = error.fields.map((f) => `${f.field}: ${f.message}`).join("; ");
    result.rejected.push({ line: error.line + offset, reason });
  }
}

export type RetryNotice = (message: string) => void;

/** Sends one batch of NDJSON lines until all of it is recorded; throws UploadStopped when it cannot be. */
export async function uploadBatch(api: Api, lines: string[], notice: RetryNotice): Promise<BatchResult> {
  const result: BatchResult = { ingestionIds: [], accepted: 0, duplicates: 0, rejected: [], rejectedCount: 0 };
  let offset = 0;
  for (let attempt = 1; ; attempt++) {
    let outcome: Awaited<ReturnType<Api["postNdjson"]>>;
    try {
      outcome = await api.postNdjson(offset ? lines.slice(offset) : lines);
    } catch (error) {
      if (attempt >= MAX_TRIES) {
        throw new UploadStopped(`the API cannot be reached: ${(error as Error).message}`, undefined, result);
      }
      const wait = backoff(attempt);
      notice(
        `API unreachable (${(error as Error).cause ?? (error as Error).message}); retrying in ${wait.toFixed(1)} s`,
      );
      await sleep(wait);
      continue;
    }
    if (outcome.kind === "accepted") {
      add(result, outcome.answer, offset);
      return result;
    }
    if (outcome.kind === "stopped") {
      add(result, outcome.answer, offset);
      offset += outcome.answer.incomplete!.resume_from_line - 1;
      if (outcome.problem.error === "quota_exceeded") {
        throw new UploadStopped(`stopped at the storage quota: ${outcome.problem.message}`, outcome.problem, result);
      }
    }
    const { status, problem, retryAfterSeconds } = outcome;
    const transient = status === 429 || status >= 500;
    if (!transient) {
      throw new UploadStopped(
        `the API answered ${status}: ${problem.error}: ${problem.message ?? ""}`,
        problem,
        result,
      );
    }
    if (attempt >= MAX_TRIES)
      throw new UploadStopped(`the API kept answering ${status} (${problem.error})`, problem, result);
    const wait = retryAfterSeconds ?? backoff(attempt);
    notice(`API answered ${status} (${problem.error}); retrying from batch line ${offset + 1} in ${wait.toFixed(1)} s`);
    await sleep(wait);
  }
}
