// The resume state of an import: a small JSON file in ~/.cache/smsledger/imports (or
// SMSLEDGER_IMPORT_STATE_DIR), keyed by the file's hash, the API's URL and the user's key (hashed).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Counts } from "./counts";
import type { Format } from "./formats/index";

export interface ImportState {
  version: 1;
  file: string;
  fileSha256: string;
  url: string;
  format: Format;
  /** Records of the file handled in confirmed batches: a resumed run skips these. */
  done: number;
  counts: Counts;
  /** Ingestions of the confirmed batches, in order. */
  ingestions: string[];
  /** The batch being uploaded when the state was last written: re-sent whole on resume. */
  inFlight?: { from: number; lines: number };
  startedAt: string;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SMSLEDGER_IMPORT_STATE_DIR) return env.SMSLEDGER_IMPORT_STATE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "smsledger", "imports");
}

export function statePath(dir: string, fileSha256: string, url: string, key: string): string {
  return join(dir, `${sha256([fileSha256, url, sha256(key)].join("\n")).slice(0, 32)}.json`);
}

export async function loadState(path: string): Promise<ImportState | undefined> {
  try {
    const state = JSON.parse(await readFile(path, "utf8")) as ImportState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed, so a kill never leaves half a state file. */
export async function saveState(path: string, state: ImportState): Promise<void> {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(`${path}.tmp`, JSON.stringify(state));
  await rename(`${path}.tmp`, path);
}

export const removeState = (path: string) => rm(path, { force: true });
