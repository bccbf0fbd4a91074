import type { SkipReason } from "./records";

const MAX_EXAMPLES = 20;

/** What happened to the records of an import so far (kept in the state file between runs). */
export interface Counts {
  /** Records of the file handled: each is accepted, a duplicate, rejected or skipped. */
  records: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  skipped: Record<SkipReason, number>;
  /** Rejections by reason ("body: Too small: ..."), counted. */
  reasons: Record<string, number>;
  /** The first rejected records, with where they are in the file. */
  examples: { at: string; reason: string }[];
}

export const emptyCounts = (): Counts => ({
  records: 0,
  accepted: 0,
  duplicates: 0,
  rejected: 0,
  skipped: { sent: 0, mms: 0, other_box: 0 },
  reasons: {},
  examples: [],
});

export function countRejection(counts: Counts, at: string, reason: string): void {
  counts.rejected++;
  counts.reasons[reason] = (counts.reasons[reason] ?? 0) + 1;
  if (counts.examples.length < MAX_EXAMPLES) counts.examples.push({ at, reason });
}

/** Adds a batch's counts into the running ones. */
export function addCounts(into: Counts, batch: Counts): void {
  into.records += batch.records;
  into.accepted += batch.accepted;
  into.duplicates += batch.duplicates;
  into.rejected += batch.rejected;
  for (const reason of Object.keys(into.skipped) as SkipReason[]) into.skipped[reason] += batch.skipped[reason];
  for (const [reason, n] of Object.entries(batch.reasons)) into.reasons[reason] = (into.reasons[reason] ?? 0) + n;
  into.examples.push(...batch.examples.slice(0, MAX_EXAMPLES - into.examples.length));
}
