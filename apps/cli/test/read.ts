import { join } from "node:path";
import { detectFormat, type Format, readRecords } from "../src/formats/index";
import { openSource } from "../src/formats/source";
import type { SourceRecord } from "../src/records";

export const fixture = (name: string) => join(import.meta.dirname, "fixtures", name);

/** Every record of a fixture, read as the CLI reads it. */
export async function readAll(name: string, format?: Format): Promise<SourceRecord[]> {
  const file = fixture(name);
  const records: SourceRecord[] = [];
  for await (const record of readRecords(format ?? (await detectFormat(file)), openSource(file))) records.push(record);
  return records;
}

export const bodies = (records: SourceRecord[]) => records.flatMap((r) => (r.kind === "sms" ? [r.sms.body] : []));
export const kinds = (records: SourceRecord[]) => records.map((r) => (r.kind === "skip" ? `skip:${r.reason}` : r.kind));
