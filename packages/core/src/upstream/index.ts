export {
  UpstreamAnswer,
  LLM_CONFIDENCE,
  currencyExponent,
  decimalTextToMinor,
  upstreamAnswerToParseResult,
} from "./answer";
export type { AnswerConversion } from "./answer";
export { UPSTREAM_ANSWER_JSON_SCHEMA } from "./json-schema";
export {
  EXTRACTION_SCHEMA_NAME,
  EXTRACTION_SYSTEM_PROMPT,
  buildExtractionRequest,
  extractionUserMessage,
} from "./prompt";
export type { ChatMessage, ExtractionRequest, ResponseFormat } from "./prompt";
export { parseRetryAfterMs } from "./retry-after";
export { callUpstream, chatCompletionsUrl, interpretCompletion } from "./client";
export type { FetchLike, UpstreamOutcome, UpstreamSettings } from "./client";
export { UPSTREAM_VERSION } from "./version";
