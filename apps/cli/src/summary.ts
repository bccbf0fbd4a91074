import type { Api } from "./api";
import type { Format } from "./formats/index";
import type { ImportState } from "./state";
import type { UploadStopped } from "./upload";
import type { StateCounts } from "./wait";

/** The last line of `smsledger import`, as one JSON object. */
export interface Summary {
  file: string;
  format: Format;
  /** Records read: accepted + duplicates + rejected + every skipped kind. */
  records: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  rejected_reasons: Record<string, number>;
  rejected_examples: { at: string; reason: string }[];
  skipped: { sent: number; mms: number; other_box: number };
  /** The record a resumed run started after, or null for a run from the start. */
  resumed_after: number | null;
  ingestions: string[];
  ingestion_url: string | null;
  sms_per_second: number;
  /** Set when the import stopped before the end (run it again to resume). */
  stopped: string | null;
  /** With --wait: the uploaded SMS by state once processed. */
  states?: StateCounts;
}

export interface SummaryInput {
  state: ImportState;
  format: Format;
  resumedAt: number | null;
  rate: number;
  stopped: UploadStopped | undefined;
  states: StateCounts | undefined;
  api: Api;
}

export function summarise({ state, format, resumedAt, rate, stopped, states, api }: SummaryInput): Summary {
  const { counts } = state;
  const last = state.ingestions.at(-1);
  return {
    file: state.file,
    format,
    records: counts.records,
    accepted: counts.accepted,
    duplicates: counts.duplicates,
    rejected: counts.rejected,
    rejected_reasons: counts.reasons,
    rejected_examples: counts.examples,
    skipped: counts.skipped,
    resumed_after: resumedAt,
    ingestions: state.ingestions,
    ingestion_url: last ? api.ingestionUrl(last) : null,
    sms_per_second: Math.round(rate),
    stopped: stopped ? stopped.message : null,
    ...(states ? { states } : {}),
  };
}

/** The human part of the summary, for stderr. */
export function describe(summary: Summary): string {
  const n = (value: number) => value.toLocaleString("en-US");
  const lines = [
    `${summary.stopped ? "Stopped" : "Imported"} ${summary.file} (${summary.format}): ${n(summary.records)} records`,
    `  accepted ${n(summary.accepted)}, duplicates ${n(summary.duplicates)}, rejected ${n(summary.rejected)}`,
    `  skipped: ${n(summary.skipped.sent)} sent, ${n(summary.skipped.mms)} MMS, ` +
      `${n(summary.skipped.other_box)} drafts/outbox/failed`,
  ];
  for (const [reason, count] of Object.entries(summary.rejected_reasons))
    lines.push(`  rejected ${n(count)}× ${reason}`);
  if (summary.states)
    lines.push(
      `  states: ${Object.entries(summary.states)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(", ")}`,
    );
  if (summary.ingestion_url) lines.push(`  ingestion: ${summary.ingestion_url} (${summary.ingestions.length} in all)`);
  if (summary.stopped) lines.push(`  ${summary.stopped}; run the same command again to resume`);
  return `${lines.join("\n")}\n`;
}
