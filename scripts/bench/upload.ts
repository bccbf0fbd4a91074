// Concurrent upload client: C workers take requests (one user's chunk of ≤ batch SMS each) from a
// shared list and POST them to /v1/sms (typed route, scripts/bench/api.ts), recording per-request latency.
// 429/503 are retried after Retry-After (counted); any other non-202 answer fails the run.
import { performance } from "node:perf_hooks";
import { type BenchUser, type SmsAccepted, postSms } from "./api";

export interface PlannedRequest<M> {
  user: BenchUser;
  messages: M[];
}

export interface UploadResult {
  latenciesMs: number[];
  acceptedLatenciesMs: number[];
  accepted: number;
  duplicates: number;
  retries: { 429: number; 503: number };
  ingestions: { user: BenchUser; id: string }[];
  statuses: Record<number, number>;
  refusedWithoutRetryAfter: number;
  startedAt: number;
  endedAt: number;
}

/** Requests in upload order: round-robin over users so that all users are active at once. */
export function planRequests<M>(users: BenchUser[], perUser: M[][], batch: number): PlannedRequest<M>[] {
  const chunks = users.map((user, u) => {
    const list: PlannedRequest<M>[] = [];
    const mine = perUser[u] ?? [];
    for (let i = 0; i < mine.length; i += batch) list.push({ user, messages: mine.slice(i, i + batch) });
    return list;
  });
  const plan: PlannedRequest<M>[] = [];
  for (let round = 0; chunks.some((c) => round < c.length); round++)
    for (const c of chunks) if (round < c.length) plan.push(c[round] as PlannedRequest<M>);
  return plan;
}

function encode(messages: unknown[], format: string): { type: string; body: string } {
  if (format === "ndjson")
    return { type: "application/x-ndjson", body: `${messages.map((m) => JSON.stringify(m)).join("\n")}\n` };
  return { type: "application/json", body: JSON.stringify({ messages }) };
}

interface UploadOptions<M> {
  base: string;
  plan: PlannedRequest<M>[];
  concurrency: number;
  format?: string;
}

/** Runs the plan with `concurrency` clients. */
export async function upload<M>({ base, plan, concurrency, format = "json" }: UploadOptions<M>): Promise<UploadResult> {
  const result: UploadResult = {
    latenciesMs: [],
    acceptedLatenciesMs: [],
    accepted: 0,
    duplicates: 0,
    retries: { 429: 0, 503: 0 },
    ingestions: [],
    statuses: {},
    refusedWithoutRetryAfter: 0,
    startedAt: 0,
    endedAt: 0,
  };
  const bodies = plan.map((req) => encode(req.messages, format));
  let next = 0;
  result.startedAt = Date.now();
  const worker = async (): Promise<void> => {
    while (next < plan.length) {
      const i = next++;
      const { user } = plan[i] as PlannedRequest<M>;
      const { type, body } = bodies[i] as { type: string; body: string };
      for (;;) {
        const t0 = performance.now();
        const res = await postSms(base, user.key, type, body);
        const text = await res.text();
        result.latenciesMs.push(performance.now() - t0);
        result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
        if (res.status === 429 || res.status === 503) {
          result.retries[res.status]++;
          if (!res.headers.get("retry-after")) result.refusedWithoutRetryAfter++;
          const wait = Number(res.headers.get("retry-after") ?? "1");
          await new Promise((r) => setTimeout(r, Math.min(wait, 5) * 1000));
          continue;
        }
        if (res.status !== 202) throw new Error(`POST /v1/sms answered ${res.status}: ${text.slice(0, 300)}`);
        result.acceptedLatenciesMs.push(performance.now() - t0);
        const json = JSON.parse(text) as SmsAccepted;
        result.accepted += json.accepted;
        result.duplicates += json.duplicates;
        result.ingestions.push({ user, id: json.ingestion_id });
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, plan.length) }, worker));
  result.endedAt = Date.now();
  return result;
}
