// CSV exports with a header row, columns found by name (case and spacing ignored). Known layouts:
// iMazing's message export ("Message Date", "Type" Incoming/Outgoing, "Sender ID", "Text") and the Android
// SMS provider's columns as tools such as "SMS to Text" write them ("address", "body", "date", "type" 1/2).
import { parse } from "csv-parse";
import { type SourceRecord, toRecord } from "../records";
import { readDate } from "../time";
import { BadFile, type Source } from "./source";

/** Accepted header names for each field, normalised (lower case, single spaces). */
export const CSV_COLUMNS = {
  sender: ["address", "sender", "sender id", "from", "phone", "phone number", "number"],
  body: ["body", "text", "message", "content"],
  date: ["date", "message date", "received_at", "timestamp", "time", "date time"],
  type: ["type", "direction", "box", "folder"],
} as const;

type Field = keyof typeof CSV_COLUMNS;
const INBOX = new Set(["1", "inbox", "incoming", "received", "in"]);
const SENT = new Set(["2", "sent", "outgoing", "out"]);
const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .replace("received at", "received_at");

function columnsOf(header: string[]): Record<Field, number> {
  const names = header.map(normalise);
  const find = (field: Field) => names.findIndex((name) => (CSV_COLUMNS[field] as readonly string[]).includes(name));
  const columns = { sender: find("sender"), body: find("body"), date: find("date"), type: find("type") };
  const missing = (["sender", "body", "date"] as const).filter((field) => columns[field] < 0);
  if (missing.length) {
    const wanted = missing.map((field) => `${field} (${CSV_COLUMNS[field].join(" / ")})`).join("; ");
    throw new BadFile(`CSV header lacks ${wanted}; found: ${header.join(", ").slice(0, 300)}`);
  }
  return columns;
}

export async function* readCsv(source: Source): AsyncGenerator<SourceRecord> {
  const rows = source.stream.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let columns: Record<Field, number> | undefined;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = columnsOf(record);
        continue;
      }
      const at = `row ending at line ${info.lines}`;
      const type = columns.type < 0 ? "1" : (record[columns.type] ?? "").trim().toLowerCase();
      if (SENT.has(type)) yield { kind: "skip", reason: "sent", at };
      else if (!INBOX.has(type)) yield { kind: "skip", reason: "other_box", at };
      else {
        const [sender, body, date] = [record[columns.sender], record[columns.body], record[columns.date]];
        yield toRecord({ sender, body, received_at: readDate(date) }, at);
      }
    }
  } catch (error) {
    if (error instanceof BadFile) throw error;
    throw new BadFile(`not a readable CSV file: ${(error as Error).message}`);
  }
  if (!columns) throw new BadFile("empty CSV file: no header row");
}
