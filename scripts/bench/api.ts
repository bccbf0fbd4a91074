// The bench scripts' calls to the API, through the typed client (packages/client): a route change breaks
// `pnpm --filter @smsledger/client typecheck` (tsconfig.scripts.json includes this file).
import { type IngestAnswer, createClient } from "../../packages/client/src/index";

export interface BenchUser {
  id: string;
  key: string;
}

/** POST /admin/users: a new user and its API key. Throws on any answer but 201. */
export async function createUser(base: string, adminToken: string, name: string): Promise<BenchUser> {
  const res = await createClient(base, { key: adminToken }).admin.users.$post({ json: { name } });
  if (res.status !== 201) throw new Error(`POST /admin/users answered ${res.status}: ${await res.text()}`);
  const body = await res.json();
  return { id: body.user_id, key: body.api_key.key };
}

/** URL of POST /v1/sms. Bench bodies are encoded once up front and sent raw, so timing covers the request only. */
export const smsUrl = (base: string): URL => createClient(base).v1.sms.$url();

/** Sends one pre-encoded upload (`application/json` or `application/x-ndjson`) to POST /v1/sms. */
export const postSms = (base: string, key: string, type: string, body: string): Promise<Response> =>
  fetch(smsUrl(base), { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": type }, body });

/** The counts of a 202 answer of POST /v1/sms (JSON or NDJSON upload). */
export type SmsAccepted = Pick<IngestAnswer, "accepted" | "duplicates" | "ingestion_id">;

export const health = (base: string) => createClient(base).health.$get();

export const latestTransaction = (base: string, key: string) =>
  createClient(base, { key }).v1.transactions.$get({ query: { limit: "1" } });

/** Resolves once GET /health answers 200, or rejects after the timeout. */
export async function waitForApi(base: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await health(base)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base}/health did not answer within ${timeoutMs} ms`);
}
