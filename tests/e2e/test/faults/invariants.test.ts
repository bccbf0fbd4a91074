import { describe, expect, it } from "vitest";
import { api, countEverywhere, newUser, postSms, rowsEverywhere, until } from "../helpers";

const TERMINAL = ["parsed", "not_financial", "needs_review", "dead_lettered"];

function corpus(user: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const n = user * 1000 + i;
    const kind = n % 4;
    const body =
      kind === 0
        ? `Rs.${(n % 5000) + 1}.00 debited from A/c XX4321 on 12-11-26 to VPA m${n}@okaxis (UPI Ref No ${400000000000 + n}) - HDFC Bank`
        : kind === 1
          ? `ICICI Bank Acct XX7788 credited with Rs ${(n % 9000) + 1}.00 on 12-Nov-26 by NEFT from PAYER ${n}.`
          : kind === 2
            ? `${100000 + n} is your OTP for a transaction of Rs ${n % 300}.00. Do not share it - SBI`
            : `Get flat Rs.${n % 500} off on your next order ${n}! T&C apply`;
    return { sender: kind === 1 ? "AD-ICICIB-S" : "VM-HDFCBK-S", body, received_at: "2026-11-12T10:00:00+05:30" };
  });
}

describe("under 20% injected faults", () => {
  it("every accepted SMS reaches exactly one terminal state, with no duplicate rows, and rejected requests leave nothing", async () => {
    const users = await Promise.all(Array.from({ length: 10 }, (_, i) => newUser(`faulty ${i}`)));
    const ingestions: { userId: string; key: string; id: string; accepted: number }[] = [];
    for (const [i, user] of users.entries()) {
      const res = await postSms(user.key, corpus(i, 200));
      expect(res.status).toBe(202);
      const body = (await res.json()) as { ingestion_id: string; accepted: number };
      ingestions.push({ ...user, id: body.ingestion_id, accepted: body.accepted });
    }
    const rejected = await newUser("rejected");
    const bad = await postSms(rejected.key, [...corpus(99, 5), { sender: "", body: "x", received_at: "now" }]);
    expect(bad.status).toBe(400);

    const accepted = ingestions.reduce((sum, i) => sum + i.accepted, 0);
    expect(accepted).toBe(2000);

    const pending = await until(
      async () => countEverywhere("SELECT COUNT(*) AS n FROM sms WHERE state = 'queued'"),
      (n) => n === 0,
      100_000,
    );
    expect(pending).toBe(0);

    // Every D1 database's rows (D1_SHARDS = 2): each group of states per database.
    const states = await rowsEverywhere<{ state: string; n: number }>(
      "SELECT state, COUNT(*) AS n FROM sms GROUP BY state",
    );
    for (const row of states) expect(TERMINAL).toContain(row.state);
    expect(states.reduce((sum, r) => sum + r.n, 0)).toBe(accepted);

    for (const ingestion of ingestions) {
      const status = (await (await api(`/v1/ingestions/${ingestion.id}`, ingestion.key)).json()) as Record<
        string,
        number | boolean
      >;
      expect(status.complete).toBe(true);
      const total = ["parsed", "not_financial", "needs_review", "dead_lettered"].reduce(
        (s, k) => s + Number(status[k]),
        0,
      );
      expect(total).toBe(ingestion.accepted);
    }

    const duplicateTx = await countEverywhere(
      "SELECT COUNT(*) AS n FROM (SELECT user_id, sms_id, seq FROM transactions GROUP BY user_id, sms_id, seq HAVING COUNT(*) > 1)",
    );
    expect(duplicateTx).toBe(0);
    const orphanTx = await countEverywhere(
      "SELECT COUNT(*) AS n FROM transactions t WHERE NOT EXISTS (SELECT 1 FROM sms s WHERE s.user_id = t.user_id AND s.id = t.sms_id AND s.state = 'parsed')",
    );
    expect(orphanTx).toBe(0);
    const deadWithoutLetter = await countEverywhere(
      "SELECT COUNT(*) AS n FROM sms s WHERE s.state = 'dead_lettered' AND NOT EXISTS (SELECT 1 FROM dead_letters d WHERE d.user_id = s.user_id AND d.sms_id = s.id)",
    );
    expect(deadWithoutLetter).toBe(0);

    const leftovers = await countEverywhere("SELECT COUNT(*) AS n FROM sms WHERE user_id = ?", rejected.userId);
    expect(leftovers).toBe(0);

    const retried = await countEverywhere("SELECT COUNT(*) AS n FROM sms WHERE attempts > 1");
    expect(retried).toBeGreaterThan(0);
  });
});
