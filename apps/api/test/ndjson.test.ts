import { describe, expect, it } from "vitest";
import { call, newUser, sampleMessages, testEnv } from "./helpers";

const ndjson = (key: string, body: BodyInit) =>
  call("/v1/sms", { method: "POST", key, headers: { "content-type": "application/x-ndjson" }, body });

function line(i: number): string {
  return JSON.stringify({
    sender: "VM-HDFCBK-S",
    body: `Rs.${(i % 900) + 10}.00 debited from A/c XX4321 on 12-11-26 to VPA shop${i}@okaxis (UPI Ref No ${430000000000 + i}) - HDFC Bank`,
    received_at: "2026-11-12T10:00:00+05:30",
  });
}

describe("NDJSON full-history upload", () => {
  it("streams thousands of lines, rejects bad lines alone, and a retried upload creates no duplicates", async () => {
    const { key, userId } = await newUser();
    const lines = Array.from({ length: 3000 }, (_, i) => line(i));
    lines.splice(10, 0, "{not json");
    lines.splice(20, 0, JSON.stringify({ sender: "X", body: "", received_at: "2026-11-12T10:00:00+05:30" }));
    lines.splice(30, 0, "");
    const text = `${lines.join("\n")}\n`;
    // Sent as a stream in small pieces, as a phone would.
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.slice(i, i + 4096));
        controller.close();
      },
    });
    const res = await ndjson(key, stream);
    expect(res.status).toBe(202);
    const body = (await res.json()) as {
      accepted: number;
      duplicates: number;
      rejected: number;
      errors: { line: number; fields: { field: string }[] }[];
    };
    expect(body).toMatchObject({ accepted: 3000, duplicates: 0, rejected: 2 });
    expect(body.errors.map((e) => e.line)).toEqual([11, 21]);
    expect(body.errors[1]?.fields.map((f) => f.field)).toContain("body");

    const again = (await (await ndjson(key, text)).json()) as { accepted: number; duplicates: number };
    expect(again).toMatchObject({ accepted: 0, duplicates: 3000 });
    const n = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
      .bind(userId)
      .first<{ n: number }>();
    expect(n?.n).toBe(3000);
  });

  it("reports a line over the cap without buffering it", async () => {
    const { key } = await newUser();
    const text = [line(1), JSON.stringify({ ...sampleMessages[0], body: "y".repeat(20_000) }), line(2)].join("\n");
    const body = (await (await ndjson(key, text)).json()) as {
      accepted: number;
      rejected: number;
      errors: { line: number }[];
    };
    expect(body).toMatchObject({ accepted: 2, rejected: 1, errors: [{ line: 2 }] });
  });
});

describe("GET /v1/ingestions/:id", () => {
  it("counts accepted, duplicates and each state, for the owner only", async () => {
    const a = await newUser();
    const b = await newUser();
    const res = await call("/v1/sms", {
      method: "POST",
      key: a.key,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages: [...sampleMessages, sampleMessages[0]] }),
    });
    const { ingestion_id } = (await res.json()) as { ingestion_id: string };
    const status = await call(`/v1/ingestions/${ingestion_id}`, { key: a.key });
    expect(await status.json()).toMatchObject({
      id: ingestion_id,
      format: "json",
      accepted: 3,
      duplicates: 1,
      pending: 3,
      parsed: 0,
      complete: false,
    });
    expect((await call(`/v1/ingestions/${ingestion_id}`, { key: b.key })).status).toBe(404);
  });
});
