import { z } from "zod";
import {
  MAX_BODY_CHARS,
  MAX_CLIENT_ID_CHARS,
  MAX_MESSAGES_PER_JSON_REQUEST,
  MAX_SENDER_CHARS,
} from "@smsledger/config";

/** An ISO 8601 timestamp with a time zone offset or Z. */
export const IsoTimestamp = z.iso.datetime({ offset: true, local: false });

/** One SMS as a phone uploads it. */
export const IncomingSms = z.strictObject({
  sender: z.string().trim().min(1).max(MAX_SENDER_CHARS),
  body: z.string().min(1).max(MAX_BODY_CHARS),
  received_at: IsoTimestamp,
  id: z
    .string()
    .min(1)
    .max(MAX_CLIENT_ID_CHARS)
    .regex(/^[A-Za-z0-9._:-]+$/, "id may contain only letters, digits and . _ : -")
    .optional(),
});
export type IncomingSms = z.infer<typeof IncomingSms>;

/** Body of `POST /v1/sms` as JSON. */
export const IngestRequest = z.strictObject({
  messages: z.array(IncomingSms).min(1).max(MAX_MESSAGES_PER_JSON_REQUEST),
});
export type IngestRequest = z.infer<typeof IngestRequest>;

/** Answer of `POST /v1/sms`. */
export const IngestResponse = z.object({
  ingestion_id: z.string(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
});
export type IngestResponse = z.infer<typeof IngestResponse>;
