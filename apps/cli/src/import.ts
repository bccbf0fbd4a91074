// `smsledger import`: reads an export record by record, uploads the inbox SMS in NDJSON batches, keeps a
// resume state after each confirmed batch, and returns the summary.
import { stat } from "node:fs/promises";
import type { Api } from "./api";
import { addCounts, countRejection, emptyCounts, type Counts } from "./counts";
import { detectFormat, readRecords, type Format } from "./formats/index";
import { openSource } from "./formats/source";
import { Progress } from "./progress";
import type { SourceRecord } from "./records";
import { hashFile, loadState, removeState, saveState, statePath, type ImportState } from "./state";
import { type Summary, summarise } from "./summary";
import { uploadBatch, UploadStopped } from "./upload";
import { waitForIngestions } from "./wait";

export interface ImportOptions {
  file: string;
  url: string;
  key: string;
  format: Format | "auto";
  batch: number;
  /** Start over, ignoring a saved state. */
  restart: boolean;
  /** Wait until the consumer has processed every uploaded SMS, and report their states. */
  wait: boolean;
  waitTimeoutSeconds: number;
  stateDir: string;
}

export interface ImportIo {
  api: Api;
  /** stderr, for progress and notices. */
  log: (text: string) => void;
  tty: boolean;
}

/** Where a previous run got to, checked with the API: a state whose last ingestion it does not know is dropped. */
async function resumable(io: ImportIo, saved: ImportState | undefined): Promise<ImportState | undefined> {
  if (!saved) return undefined;
  const last = saved.ingestions.at(-1);
  if (!last) return saved;
  const ingestion = await io.api.getIngestion(last);
  if (!ingestion) {
    io.log(`import: the API does not know ingestion ${last} of the saved state; starting over\n`);
    return undefined;
  }
  const resent = saved.inFlight
    ? `; re-sending the interrupted batch of ${saved.inFlight.lines} SMS (what it had recorded counts as duplicates)`
    : "";
  const where = `last ingestion ${last}: ${ingestion.accepted} accepted, ${ingestion.pending} pending`;
  io.log(`import: resuming after record ${saved.done} (${where})${resent}\n`);
  return saved;
}

export async function runImport(options: ImportOptions, io: ImportIo): Promise<Summary> {
  const chosen = options.format === "auto" ? await detectFormat(options.file) : options.format;
  const size = (await stat(options.file)).size;
  const fileSha256 = await hashFile(options.file);
  const path = statePath(options.stateDir, fileSha256, options.url, options.key);
  const saved = options.restart ? undefined : await resumable(io, await loadState(path));
  // A resumed run reads the file as the first run did: the records it skips are counted in that format.
  const format = saved?.format ?? chosen;
  const state: ImportState = saved ?? {
    version: 1,
    file: options.file,
    fileSha256,
    url: options.url,
    format,
    done: 0,
    counts: emptyCounts(),
    ingestions: [],
    startedAt: new Date().toISOString(),
  };
  const resumedAt = saved ? saved.done : null;
  const source = openSource(options.file);
  const progress = new Progress(io.log, io.tty);
  const snapshot = (batches: number) => ({
    uploaded: state.counts.accepted + state.counts.duplicates,
    fraction: size ? Math.min(1, source.bytesRead() / size) : 1,
    batches,
  });

  let index = 0;
  let batches = 0;
  let begun = false;
  let lines: string[] = [];
  let sources: SourceRecord[] = [];
  let pending = emptyCounts();
  let stopped: UploadStopped | undefined;

  const flush = async () => {
    if (lines.length) {
      state.inFlight = { from: state.done, lines: lines.length };
      await saveState(path, state);
      try {
        const result = await uploadBatch(io.api, lines, (message) => io.log(`import: ${message}\n`));
        state.ingestions.push(...result.ingestionIds);
        pending.accepted += result.accepted;
        pending.duplicates += result.duplicates;
        for (const { line, reason } of result.rejected) {
          countRejection(pending, sources[line - 1]?.at ?? `batch line ${line}`, reason);
        }
        pending.rejected += result.rejectedCount - result.rejected.length;
      } catch (error) {
        if (error instanceof UploadStopped && error.partial) state.ingestions.push(...error.partial.ingestionIds);
        throw error;
      }
    }
    addCounts(state.counts, pending);
    state.done = index;
    delete state.inFlight;
    await saveState(path, state);
    if (lines.length) batches++;
    progress.update(snapshot(batches));
    lines = [];
    sources = [];
    pending = emptyCounts();
  };

  try {
    for await (const record of readRecords(format, source)) {
      if (index++ < state.done) continue;
      if (!begun) progress.begin(snapshot(batches));
      begun = true;
      pending.records++;
      if (record.kind === "skip") pending.skipped[record.reason]++;
      else if (record.kind === "invalid") countRejection(pending, record.at, record.reason);
      else {
        lines.push(JSON.stringify(record.sms));
        sources.push(record);
        if (lines.length >= options.batch) await flush();
      }
    }
    await flush();
  } catch (error) {
    if (!(error instanceof UploadStopped)) throw error;
    stopped = error;
  } finally {
    source.stream.destroy();
  }
  progress.update(snapshot(batches), true);
  if (!stopped) await removeState(path);
  const rate = progress.rate(snapshot(batches).uploaded);
  const states =
    options.wait && !stopped ? await waitForIngestions(io, state.ingestions, options.waitTimeoutSeconds) : undefined;
  return summarise({ state, format, resumedAt, rate, stopped, states, api: io.api });
}
