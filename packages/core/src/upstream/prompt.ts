import { CATEGORIES, INTENTS, Method, type ParseInput } from "../schemas/parse-result";
import { UPSTREAM_ANSWER_JSON_SCHEMA } from "./json-schema";

export const EXTRACTION_SCHEMA_NAME = "sms_extraction";

export const EXTRACTION_SYSTEM_PROMPT = [
  "You read one SMS sent by a bank, card issuer, wallet or payment app and extract a ledger entry.",
  "The user message is JSON {sender, body, received_at}. Answer with one JSON object matching the schema; no prose.",
  "Rules:",
  `- intent: one of ${INTENTS.join(", ")}. Only "transaction" and "refund" move money. OTPs, offers, payment requests, reminders, failed or declined payments are not transactions.`,
  '- direction: "debit" when money left the user\'s account or card, "credit" when it arrived; null when nothing moved.',
  '- amount and balance: decimal strings in major units with a dot and no thousands separators ("1,500.5" -> "1500.50"); null when absent. Never guess.',
  "- currency: ISO 4217 code (Rs, INR, ₹ -> INR; Ksh -> KES; $ -> USD unless the SMS says otherwise); null when absent.",
  '- account: the user\'s own account or card as printed masked digits only ("A/c XX1234" -> "1234"); account_kind: bank, card, wallet or loan.',
  "- counterparty: merchant, payee, payer or VPA as printed, without trailing punctuation; null when absent.",
  `- method: one of ${Method.options.join(", ")} or null.`,
  "- reference: UTR / RRN / transaction reference as printed; null when absent.",
  "- occurred_at: ISO 8601 with offset; dates without a zone are in Asia/Kolkata unless the SMS says otherwise; use received_at only when the SMS has no date.",
  `- category: one of ${CATEGORIES.join(", ")} or null.`,
  "Copy values from the SMS; do not invent values that the SMS does not contain.",
].join("\n");

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/**
 * How the answer's shape is enforced: "json_schema" = structured output (OpenAI, Workers AI JSON Mode, AI
 * Gateway's compat endpoint for providers that support it); "json_object" = JSON mode, with the schema in
 * the system prompt. Either way the answer is validated with zod (UpstreamAnswer) before it is used.
 */
export type ResponseFormat = "json_schema" | "json_object";

export interface ExtractionRequest {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  response_format:
    | { type: "json_schema"; json_schema: { name: string; strict: true; schema: typeof UPSTREAM_ANSWER_JSON_SCHEMA } }
    | { type: "json_object" };
}

/** The user message of an extraction request: exactly the three SMS fields, as JSON. */
export function extractionUserMessage(input: ParseInput): string {
  return JSON.stringify({ sender: input.sender, body: input.body, received_at: input.received_at });
}

/** System prompt of JSON mode: the same rules, and the schema the answer must match. */
const JSON_MODE_PROMPT = [
  EXTRACTION_SYSTEM_PROMPT,
  "The JSON object must match this JSON Schema:",
  JSON.stringify(UPSTREAM_ANSWER_JSON_SCHEMA),
].join("\n");

/** Body of `POST {url}/chat/completions` asking the model to extract one SMS. */
export function buildExtractionRequest(
  input: ParseInput,
  model = "default",
  format: ResponseFormat = "json_schema",
): ExtractionRequest {
  const structured = format === "json_schema";
  return {
    model,
    temperature: 0,
    messages: [
      { role: "system", content: structured ? EXTRACTION_SYSTEM_PROMPT : JSON_MODE_PROMPT },
      { role: "user", content: extractionUserMessage(input) },
    ],
    response_format: structured
      ? {
          type: "json_schema",
          json_schema: { name: EXTRACTION_SCHEMA_NAME, strict: true, schema: UPSTREAM_ANSWER_JSON_SCHEMA },
        }
      : { type: "json_object" },
  };
}
