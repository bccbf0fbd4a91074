import { describe, expect, it } from "vitest";
import { requeueStuck, STUCK_AFTER_MS, SWEEP_WINDOW_MS } from "../src/sweeper/requeue-stuck";
import { testEnv } from "./helpers";

const stateOf = async (user: string, id: string) =>
  (
    await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ? AND id = ?")
      .bind(user, id)
      .first<{ state: string }>()
  )?.state;

describe("stuck SMS sweeper", () => {
  it("re-enqueues SMS still queued long after acceptance (within its window), and the real queue brings them to a terminal state", async () => {
    const user = `usr_${crypto.randomUUID()}`;
    const now = Date.now();
    await testEnv.DB.batch([
      // The sweeper walks the users of each database through user_usage (the API charges it with every chunk).
      testEnv.DB.prepare(
        "INSERT INTO user_usage (user_id, sms_count, sms_bytes, max_sms, max_bytes) VALUES (?, 3, 120, 1000000, 536870912)",
      ).bind(user),
      testEnv.DB.prepare(
        "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, created_at) VALUES (?, 'old', 'ing', 'VM-SBIOTP-S', '482913 is your OTP. Do not share it - SBI', '2026-11-12T10:00:00Z', ?)",
      ).bind(user, now - STUCK_AFTER_MS - 1000),
      testEnv.DB.prepare(
        "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, created_at) VALUES (?, 'fresh', 'ing', 'VM-SBIOTP-S', '111111 is your OTP - SBI', '2026-11-12T10:00:00Z', ?)",
      ).bind(user, now - 1000),
      // Older than the sweep window (every SMS is swept by the runs of 6 hours): left to an operator.
      testEnv.DB.prepare(
        "INSERT INTO sms (user_id, id, ingestion_id, sender, body, received_at, created_at) VALUES (?, 'ancient', 'ing', 'VM-SBIOTP-S', '222222 is your OTP - SBI', '2026-11-12T10:00:00Z', ?)",
      ).bind(user, now - STUCK_AFTER_MS - SWEEP_WINDOW_MS - 1000),
    ]);
    expect(await requeueStuck(testEnv, now)).toBeGreaterThanOrEqual(1);
    const deadline = Date.now() + 10_000;
    while ((await stateOf(user, "old")) === "queued" && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await stateOf(user, "old")).toBe("not_financial");
    expect(await stateOf(user, "fresh")).toBe("queued");
    expect(await stateOf(user, "ancient")).toBe("queued");
  });
});
