// JSON and NDJSON exports. "SMS Import / Export" (tmo1/sms-ie) writes one object per message with the
// columns of Android's SMS provider (address, body, date in epoch ms, type 1 inbox / 2 sent, values often
// as strings); its MMS objects carry `__parts` / `msg_box`. Our own upload format ({sender, body,
// received_at, id?}, one per line or as {"messages": [...]}) is read too.
import { createInterface } from "node:readline";
import { type SourceRecord, toRecord } from "../records";
import { readDate } from "../time";
import { BadFile, type Source } from "./source";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One exported message object as a record. */
export function messageRecord(value: unknown, at: string): SourceRecord {
  if (!isObject(value)) return { kind: "invalid", reason: "(record): not a JSON object", at };
  if ("received_at" in value || "sender" in value) {
    const { sender, body, received_at, id } = value;
    return toRecord(
      { sender, body, received_at: readDate(received_at), id: typeof id === "string" ? id : undefined },
      at,
    );
  }
  if ("__parts" in value || "msg_box" in value || "m_type" in value) return { kind: "skip", reason: "mms", at };
  const type = value.type === undefined ? "1" : String(value.type);
  if (type === "2") return { kind: "skip", reason: "sent", at };
  if (type !== "1") return { kind: "skip", reason: "other_box", at };
  return toRecord({ sender: value.address, body: value.body, received_at: readDate(value.date) }, at);
}

/** NDJSON: one message per line, streamed. A line that is not JSON is rejected on its own. */
export async function* readNdjson(source: Source): AsyncGenerator<SourceRecord> {
  let number = 0;
  for await (const line of createInterface({ input: source.stream, crlfDelay: Infinity })) {
    number++;
    if (!line.trim()) continue;
    const at = `line ${number}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: "invalid", reason: "(line): invalid JSON", at };
      continue;
    }
    yield messageRecord(value, at);
  }
}

/**
 * JSON: an array of messages, or {"messages": [...]}. Read whole (JSON has no record boundaries to stream
 * on): for a very large history use NDJSON or XML.
 */
export async function* readJson(source: Source): AsyncGenerator<SourceRecord> {
  let text = "";
  for await (const chunk of source.stream as AsyncIterable<string>) text += chunk;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadFile(`not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.messages)
      ? value.messages
      : undefined;
  if (!list) throw new BadFile('not a message export: expected a JSON array of messages or {"messages": [...]}');
  for (const [index, item] of list.entries()) yield messageRecord(item, `message #${index + 1}`);
}
