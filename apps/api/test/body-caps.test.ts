import { MAX_ADMIN_BODY_BYTES, MAX_JSON_REQUEST_BYTES, MAX_PATCH_BODY_BYTES } from "@smsledger/config";
import { describe, expect, it } from "vitest";
import { call, newUser, sampleMessages, testEnv } from "./helpers";

const MiB = 1024 * 1024;

const spaces = (i: number): Uint8Array => new Uint8Array(64 * 1024).fill(0x20 + (i % 2));

/** A body of `total` bytes made on demand from `piece`s, with no Content-Length; counts what was pulled. */
function streamedBody(total: number, piece: (i: number) => Uint8Array = spaces) {
  const sent = { bytes: 0 };
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.bytes >= total) return controller.close();
      const chunk = piece(i++).subarray(0, total - sent.bytes);
      sent.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, sent };
}

const json = { "content-type": "application/json" };
const ADMIN = "test-admin-token";
const tooLarge = (limit: number) => ({
  message: expect.stringContaining(String(limit)),
  fields: [{ field: "(body)" }],
});

describe("a JSON upload is capped while it streams in", () => {
  it("answers 413 naming the limit for a chunked 100 MB body without reading it whole", async () => {
    const { key, userId } = await newUser();
    const { stream, sent } = streamedBody(100 * MiB);
    const request = new Request("http://api.test/v1/sms", { method: "POST", headers: json, body: stream });
    expect(request.headers.get("content-length")).toBeNull();
    const res = await call("/v1/sms", { method: "POST", key, headers: json, body: request.body });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: "payload_too_large",
      message: expect.stringContaining(String(MAX_JSON_REQUEST_BYTES)),
      fields: [{ field: "(body)" }],
    });
    // The stream was abandoned just past the cap (plus what the runtime buffers ahead), not read to 100 MB.
    expect(sent.bytes).toBeGreaterThan(MAX_JSON_REQUEST_BYTES);
    expect(sent.bytes).toBeLessThan(MAX_JSON_REQUEST_BYTES + 4 * MiB);
    const n = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
      .bind(userId)
      .first<{ n: number }>();
    expect(n?.n).toBe(0);
  });

  it("accepts a chunked JSON body under the cap", async () => {
    const { key } = await newUser();
    const text = new TextEncoder().encode(JSON.stringify({ messages: sampleMessages }));
    const { stream } = streamedBody(text.byteLength, () => text);
    const res = await call("/v1/sms", { method: "POST", key, headers: json, body: stream });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ accepted: 3 });
  });
});

describe("PATCH and admin bodies are capped", () => {
  const padded = (bytes: number, value: Record<string, unknown>) => {
    const text = JSON.stringify(value);
    return `${text.slice(0, -1)},"pad":"${"x".repeat(Math.max(0, bytes - text.length - 9))}"}`;
  };

  it("answers 413 naming the limit for a PATCH body over the cap, sized or streamed", async () => {
    const { key } = await newUser();
    const body = padded(MAX_PATCH_BODY_BYTES + 1, { category: "food" });
    expect(body.length).toBe(MAX_PATCH_BODY_BYTES + 1);
    const patch = (payload: BodyInit) =>
      call("/v1/transactions/tx_1", { method: "PATCH", key, headers: json, body: payload });
    const bytes = new TextEncoder().encode(body);
    for (const res of [await patch(body), await patch(streamedBody(bytes.length, () => bytes).stream)]) {
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject(tooLarge(MAX_PATCH_BODY_BYTES));
    }
    // Under the cap the same route reads the body as before: here a transaction that does not exist.
    expect((await patch('{"category":"food"}')).status).toBe(404);
  });

  it("answers 413 naming the limit for an admin body over the cap, creating nothing", async () => {
    const name = `capped-${crypto.randomUUID()}`;
    const body = padded(MAX_ADMIN_BODY_BYTES + 1, { name });
    const res = await call("/admin/users", { method: "POST", key: ADMIN, headers: json, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject(tooLarge(MAX_ADMIN_BODY_BYTES));
    const created = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM users WHERE name = ?")
      .bind(name)
      .first<{ n: number }>();
    expect(created?.n).toBe(0);
    const res2 = await call("/admin/users", {
      method: "POST",
      key: ADMIN,
      headers: json,
      body: JSON.stringify({ name }),
    });
    expect(res2.status).toBe(201);
  });
});
