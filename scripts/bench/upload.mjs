// Concurrent upload client: C workers take requests (one user's chunk of ≤ batch SMS each) from a
// shared list and POST them to /v1/sms, recording per-request latency. 429/503 are retried after
// Retry-After (counted); any other non-202 answer fails the run.
import { performance } from "node:perf_hooks";

/** Requests in upload order: round-robin over users so that all users are active at once. */
export function planRequests(users, perUser, batch) {
  const chunks = users.map((user, u) => {
    const list = [];
    for (let i = 0; i < perUser[u].length; i += batch) list.push({ user, messages: perUser[u].slice(i, i + batch) });
    return list;
  });
  const plan = [];
  for (let round = 0; chunks.some((c) => round < c.length); round++)
    for (const c of chunks) if (round < c.length) plan.push(c[round]);
  return plan;
}

function encode(messages, format) {
  if (format === "ndjson")
    return { type: "application/x-ndjson", body: messages.map((m) => JSON.stringify(m)).join("\n") + "\n" };
  return { type: "application/json", body: JSON.stringify({ messages }) };
}

/**
 * Runs the plan with `concurrency` clients. Returns {latenciesMs, accepted, duplicates, retries,
 * startedAt, endedAt, ingestions: [{user, id}]}.
 */
export async function upload({ base, plan, concurrency, format = "json" }) {
  const result = {
    latenciesMs: [],
    acceptedLatenciesMs: [],
    accepted: 0,
    duplicates: 0,
    retries: { 429: 0, 503: 0 },
    ingestions: [],
    statuses: {},
  };
  result.refusedWithoutRetryAfter = 0;
  const bodies = plan.map((req) => encode(req.messages, format));
  let next = 0;
  result.startedAt = Date.now();
  const worker = async () => {
    while (next < plan.length) {
      const i = next++;
      const { user } = plan[i];
      const { type, body } = bodies[i];
      for (;;) {
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/sms`, {
          method: "POST",
          headers: { authorization: `Bearer ${user.key}`, "content-type": type },
          body,
        });
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
        const json = JSON.parse(text);
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
