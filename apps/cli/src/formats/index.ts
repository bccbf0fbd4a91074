import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { SourceRecord } from "../records";
import { readJson, readNdjson } from "./android-json";
import { readBackupXml } from "./backup-xml";
import { readCsv } from "./csv";
import { BadFile, type Source } from "./source";

export const FORMATS = ["xml", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

const readers: Record<Format, (source: Source) => AsyncGenerator<SourceRecord>> = {
  xml: readBackupXml,
  json: readJson,
  ndjson: readNdjson,
  csv: readCsv,
};

export function readRecords(format: Format, source: Source): AsyncGenerator<SourceRecord> {
  return readers[format](source);
}

const BY_EXTENSION: Record<string, Format> = {
  ".xml": "xml",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
};

/** The format from the file's extension, else from its first bytes. */
export async function detectFormat(file: string): Promise<Format> {
  const handle = await open(file, "r");
  const head = Buffer.alloc(4096);
  const { bytesRead } = await handle.read(head, 0, head.length, 0).finally(() => handle.close());
  const bytes = head.subarray(0, bytesRead);
  if (bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) {
    throw new BadFile("a ZIP archive: unzip it first (SMS Import / Export keeps its messages in messages.ndjson)");
  }
  const byName = BY_EXTENSION[extname(file).toLowerCase()];
  if (byName) return byName;
  const text = bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!text) throw new BadFile("the file is empty");
  if (text.startsWith("<")) return "xml";
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) {
    const first = text.split("\n", 1)[0] ?? "";
    try {
      JSON.parse(first);
      return "ndjson";
    } catch {
      return "json";
    }
  }
  return "csv";
}
