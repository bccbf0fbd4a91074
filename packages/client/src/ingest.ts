import type { InferResponseType } from "hono/client";
import { createClient, type Client } from "./index";

type SmsPost = Client["v1"]["sms"]["$post"];
type IngestionGet = Client["v1"]["ingestions"][":id"]["$get"];

/** Answer of `POST /v1/sms`: JSON uploads get `IngestResponse`, NDJSON uploads `NdjsonIngestResponse`. */
export type IngestAnswer = InferResponseType<SmsPost, 202>;
/** Answer of an NDJSON upload (202; also the body of a 413 or 503 that stopped it early). */
export type NdjsonAnswer = Extract<IngestAnswer, { rejected: number }>;
/** The problem JSON every failure answers with. */
export type Problem = InferResponseType<IngestionGet, 404>;
export type IngestionStatus = InferResponseType<IngestionGet, 200>;

export type PostResult =
  | { kind: "accepted"; answer: NdjsonAnswer }
  /** Stopped early (queue unavailable, 503; quota or line cap, 413): the lines before resume_from_line were kept. */
  | { kind: "stopped"; status: number; answer: NdjsonAnswer; problem: Problem; retryAfterSeconds: number | undefined }
  | { kind: "error"; status: number; problem: Problem; retryAfterSeconds: number | undefined };

/** What the import CLI needs from the API (apps/cli keeps its calls behind the same shape). */
export interface IngestApi {
  /** Uploads SMS as NDJSON lines in one request. Throws only when the API cannot be reached. */
  postNdjson(lines: string[]): Promise<PostResult>;
  /** An ingestion's counts, or undefined when this user has no such ingestion. */
  getIngestion(id: string): Promise<IngestionStatus | undefined>;
  ingestionUrl(id: string): string;
}

const retryAfter = (res: Response): number | undefined => {
  const value = Number(res.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

const isNdjsonAnswer = (body: unknown): body is NdjsonAnswer =>
  typeof body === "object" && body !== null && "rejected" in body && "ingestion_id" in body;

async function problemOf(res: Response): Promise<Problem & Partial<NdjsonAnswer>> {
  const text = await res.text();
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && "error" in body) return body as Problem & Partial<NdjsonAnswer>;
  } catch {}
  return { error: `http_${res.status}`, message: text.slice(0, 200) || res.statusText };
}

/** The CLI's API over the typed client: NDJSON uploads (re-send from `resume_from_line`) and ingestion progress. */
export function createIngestApi(baseUrl: string, key: string, fetchImpl: typeof fetch = fetch): IngestApi {
  const client = createClient(baseUrl, { key, fetch: fetchImpl });
  return {
    async postNdjson(lines) {
      // NDJSON is streamed by the API, so it is sent as a raw body to the typed route's URL.
      const headers = { authorization: `Bearer ${key}`, "content-type": "application/x-ndjson" };
      const res = await fetchImpl(client.v1.sms.$url(), { method: "POST", headers, body: `${lines.join("\n")}\n` });
      if (res.status === 202) {
        const answer: unknown = await res.json();
        if (isNdjsonAnswer(answer)) return { kind: "accepted", answer };
        const problem = { error: "unexpected_answer", message: "not an NDJSON answer" };
        return { kind: "error", status: 202, problem, retryAfterSeconds: undefined };
      }
      const problem = await problemOf(res);
      if (isNdjsonAnswer(problem) && problem.incomplete) {
        return { kind: "stopped", status: res.status, answer: problem, problem, retryAfterSeconds: retryAfter(res) };
      }
      return { kind: "error", status: res.status, problem, retryAfterSeconds: retryAfter(res) };
    },
    async getIngestion(id) {
      const res = await client.v1.ingestions[":id"].$get({ param: { id } });
      const status: number = res.status;
      if (res.status === 200) return await res.json();
      if (res.status === 404) return undefined;
      throw new Error(`GET /v1/ingestions/${id}: answered ${status}`);
    },
    ingestionUrl: (id) => client.v1.ingestions[":id"].$url({ param: { id } }).toString(),
  };
}
