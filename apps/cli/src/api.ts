// Every HTTP call of the CLI, in one module (to be replaced by the typed @smsledger/client).
import { IngestionStatus, IngestResponse } from "@smsledger/core";
import { z } from "zod";

/** Answer of an NDJSON `POST /v1/sms` (202, and 503/413 when it stopped early). */
export const NdjsonAnswer = IngestResponse.extend({
  rejected: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), fields: z.array(z.object({ field: z.string(), message: z.string() })) })),
  incomplete: z.object({ reason: z.string(), resume_from_line: z.number().int() }).optional(),
});
export type NdjsonAnswer = z.infer<typeof NdjsonAnswer>;

const Problem = z.object({ error: z.string(), message: z.string().optional() }).passthrough();
export type Problem = z.infer<typeof Problem>;

export type PostResult =
  | { kind: "accepted"; answer: NdjsonAnswer }
  /** The upload stopped early (queue unavailable, 503; storage quota, 413): lines before resume_from_line were kept. */
  | { kind: "stopped"; status: number; answer: NdjsonAnswer; problem: Problem; retryAfterSeconds: number | undefined }
  | { kind: "error"; status: number; problem: Problem; retryAfterSeconds: number | undefined };

export interface Api {
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

async function problemOf(res: Response): Promise<Problem> {
  const text = await res.text();
  try {
    const parsed = Problem.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {}
  return { error: `http_${res.status}`, message: text.slice(0, 200) || res.statusText };
}

export function createApi(baseUrl: string, key: string): Api {
  const base = baseUrl.replace(/\/+$/, "");
  const auth = { authorization: `Bearer ${key}` };
  return {
    async postNdjson(lines) {
      const body = `${lines.join("\n")}\n`;
      const headers = { ...auth, "content-type": "application/x-ndjson" };
      const res = await fetch(`${base}/v1/sms`, { method: "POST", headers, body });
      if (res.status === 202) return { kind: "accepted", answer: NdjsonAnswer.parse(await res.json()) };
      const problem = await problemOf(res);
      const answer = NdjsonAnswer.safeParse(problem);
      if (answer.success && answer.data.incomplete) {
        return { kind: "stopped", status: res.status, answer: answer.data, problem, retryAfterSeconds: retryAfter(res) };
      }
      return { kind: "error", status: res.status, problem, retryAfterSeconds: retryAfter(res) };
    },
    async getIngestion(id) {
      const res = await fetch(`${base}/v1/ingestions/${encodeURIComponent(id)}`, { headers: auth });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`GET /v1/ingestions/${id}: ${res.status} ${JSON.stringify(await problemOf(res))}`);
      return IngestionStatus.parse(await res.json());
    },
    ingestionUrl: (id) => `${base}/v1/ingestions/${id}`,
  };
}
