import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { call, newUser, testEnv } from "./helpers";

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "'; DROP TABLE sms; --",
    '" OR 1=1 --',
    "\u202eevil\u202c",
    "\u0000\u0001\u0002",
    "💸".repeat(100),
    "A".repeat(5000),
  ),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
);
const message = fc.record(
  { sender: value, body: value, received_at: fc.oneof(value, fc.constant("2026-11-12T10:00:00+05:30")), id: value },
  { requiredKeys: [] },
);
/** Raw bytes on the wire, including invalid UTF-8 (lone continuation bytes, overlongs, 0xFF). */
const invalidUtf8 = fc
  .tuple(
    fc.uint8Array({ maxLength: 200 }),
    fc.constantFrom([0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88]),
  )
  .map(([bytes, bad]) => {
    const prefix = new TextEncoder().encode('{"messages":[{"sender":"VM-HDFCBK-S","body":"');
    return new Uint8Array([
      ...prefix,
      ...bad,
      ...bytes,
      ...new TextEncoder().encode('","received_at":"2026-11-12T10:00:00+05:30"}]}'),
    ]);
  });
const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.record({ messages: fc.array(message, { maxLength: 4 }) }).map((v) => JSON.stringify(v)),
  fc.json(),
  nasty,
  fc.uint8Array({ maxLength: 200 }),
  invalidUtf8,
);
const contentType = fc.constantFrom(
  "application/json",
  "application/x-ndjson",
  "text/plain",
  "",
  "application/json; charset=utf-8",
);

describe("HTTP fuzzing", () => {
  it("never answers 500 and never writes part of a rejected JSON request", async () => {
    let user = await newUser("fuzz");
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        if (++requests % 400 === 0) user = await newUser("fuzz");
        const before = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
          .bind(user.userId)
          .first<{ n: number }>();
        const res = await call("/v1/sms", {
          method: "POST",
          key: user.key,
          headers: type ? { "content-type": type } : {},
          body: text,
        });
        expect(res.status).not.toBe(500);
        expect([202, 400, 413, 415]).toContain(res.status);
        const json = (await res.json()) as { error?: string; accepted?: number };
        const after = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?")
          .bind(user.userId)
          .first<{ n: number }>();
        if (res.status !== 202) {
          expect(json.error).toBeTypeOf("string");
          expect(after?.n).toBe(before?.n);
        } else {
          expect(after?.n).toBe((before?.n ?? 0) + (json.accepted ?? 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a JSON body that is not valid UTF-8, naming the body", async () => {
    const user = await newUser("utf8");
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"messages":[{"sender":"X","body":"'),
      0xc0,
      0x80,
      ...new TextEncoder().encode('","received_at":"2026-11-12T10:00:00+05:30"}]}'),
    ]);
    const res = await call("/v1/sms", {
      method: "POST",
      key: user.key,
      headers: { "content-type": "application/json" },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_encoding", fields: [{ field: "(body)" }] });
  });

  it("never answers 500 on odd paths, methods and auth headers", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.webPath(),
        fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT"),
        fc.oneof(
          fc.constant(undefined),
          fc.string(),
          fc.constant("Bearer "),
          fc.string().map((s) => `Bearer ${s}`),
        ),
        async (path, method, auth) => {
          const headers: Record<string, string> = {};
          if (auth !== undefined && /^[\t\x20-\x7e]*$/.test(auth)) headers.authorization = auth;
          const res = await call(`/v1${path}`, { method, headers });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
