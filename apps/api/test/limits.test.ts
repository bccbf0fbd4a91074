import { describe, expect, it } from "vitest";
import { call, newUser, postJson, sampleMessages, testEnv } from "./helpers";

const count = async (userId: string) =>
  (await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?").bind(userId).first<{ n: number }>())?.n;

describe("size caps", () => {
  it("answers 413 over the messages-per-request cap, writing nothing", async () => {
    const { key, userId } = await newUser();
    const messages = Array.from({ length: 1001 }, (_, i) => ({ ...sampleMessages[0], id: `m${i}` }));
    const res = await postJson("/v1/sms", key, { messages });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ fields: [{ field: "messages" }] });
    expect(await count(userId)).toBe(0);
  });

  it("answers 413 for an SMS body over 4,096 characters, naming it", async () => {
    const { key, userId } = await newUser();
    const res = await postJson("/v1/sms", key, {
      messages: [sampleMessages[0], { ...sampleMessages[1], body: "x".repeat(4097) }],
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ fields: [{ field: "messages.1.body" }] });
    expect(await count(userId)).toBe(0);
  });

  it("answers 413 for a request over 2 MiB", async () => {
    const { key } = await newUser();
    const res = await call("/v1/sms", {
      method: "POST",
      key,
      headers: { "content-type": "application/json" },
      body: " ".repeat(2 * 1024 * 1024 + 1),
    });
    expect(res.status).toBe(413);
  });
});

describe("per-user ingestion rate limit", () => {
  it("answers 429 with Retry-After past the limit, for that user only", async () => {
    const busy = await newUser();
    const calm = await newUser();
    let limited: Response | undefined;
    // The limit counts per fixed 60 s window; 1,250 requests exceed 600 in one window even across a boundary.
    for (let i = 0; i < 1250 && !limited; i++) {
      const res = await postJson("/v1/sms", busy.key, { messages: [] });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(400);
    }
    expect(limited?.headers.get("retry-after")).toBe("60");
    expect(await limited?.json()).toMatchObject({ error: "rate_limited" });
    expect((await postJson("/v1/sms", calm.key, { messages: [sampleMessages[0]] })).status).toBe(202);
  });
});
