import { IncomingSms } from "@smsledger/core";

/** Why a record of an export is not uploaded: the ledger reads the inbox only. */
export type SkipReason = "sent" | "mms" | "other_box";

/** One record of an export, in file order: an inbox SMS to upload, a skipped one, or one that cannot be read. */
export type SourceRecord =
  | { kind: "sms"; sms: IncomingSms; at: string }
  | { kind: "skip"; reason: SkipReason; at: string }
  | { kind: "invalid"; reason: string; at: string };

/** The fields a format reader found, before validation. */
export interface RawSms {
  sender: unknown;
  body: unknown;
  received_at: string | undefined;
  id?: string | undefined;
}

/** Validates with the API's own schema, so a local rejection reads like the API's. */
export function toRecord(raw: RawSms, at: string): SourceRecord {
  if (raw.received_at === undefined)
    return { kind: "invalid", reason: "received_at: no readable date in the record", at };
  const candidate = {
    sender: raw.sender,
    body: raw.body,
    received_at: raw.received_at,
    ...(raw.id ? { id: raw.id } : {}),
  };
  const parsed = IncomingSms.safeParse(candidate);
  if (parsed.success) return { kind: "sms", sms: parsed.data, at };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(record)";
  return { kind: "invalid", reason: `${field}: ${issue?.message ?? "invalid"}`, at };
}
