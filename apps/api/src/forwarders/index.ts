import { z } from "@hono/zod-openapi";
import { IngestRequest, type IncomingSms } from "@smsledger/core";
import { SmsGateWebhook, toSmsFromSmsGate } from "./sms-gate";
import { SmsToUrlWebhook, toSmsFromSmsToUrl } from "./sms-to-url";

/**
 * The JSON bodies `POST /v1/sms` takes: our own `{ messages }` and the webhooks of Android SMS-forwarder
 * apps, told apart by shape or named by `?source=`. Add a forwarder: a schema, a mapping, a shape test.
 */
export const SOURCES = ["smsledger", "sms-gate", "sms-to-url"] as const;
export const Source = z.enum(SOURCES);
export type Source = z.infer<typeof Source>;

/** A body as the route hands it on: which format it was, and the SMS it carries. */
export interface IngestMessages {
  source: Source;
  messages: IncomingSms[];
}

const tagged = (source: Source, messages: IncomingSms[]): IngestMessages => ({ source, messages });

/** Union order is SOURCES order: the validation hook picks a failed branch's issues by that index. */
export const IngestBody = z.union([
  IngestRequest.transform((r) => tagged("smsledger", r.messages)),
  SmsGateWebhook.transform((w) => tagged("sms-gate", [toSmsFromSmsGate(w)])),
  SmsToUrlWebhook.transform((w) => tagged("sms-to-url", [toSmsFromSmsToUrl(w)])),
]);

const has = (body: unknown, key: string) => typeof body === "object" && body !== null && key in body;

/** Which format a JSON body is meant to be, by its shape (valid or not). */
export function sourceOf(body: unknown): Source {
  if (has(body, "messages")) return "smsledger";
  if (has(body, "event") || has(body, "payload")) return "sms-gate";
  if (has(body, "from") || has(body, "text")) return "sms-to-url";
  return "smsledger";
}
