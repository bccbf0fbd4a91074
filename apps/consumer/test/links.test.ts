import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDb, writeOutcomes, type NewTransactionRow, type SmsOutcome } from "@smsledger/db";
import { testEnv } from "./helpers";

interface Alert {
  sms: string;
  sender: string;
  direction: "debit" | "credit";
  amount: number;
  account: string | null;
  reference?: string | null;
  minute: number;
  intent?: "transaction" | "refund";
  counterparty?: string | null;
  category?: string | null;
  accountKind?: "bank" | "card";
}

const BASE = Date.parse("2026-11-12T10:00:00+05:30");

function outcome(userId: string, a: Alert): SmsOutcome {
  const tx: NewTransactionRow = {
    id: `${userId}:${a.sms}`,
    userId,
    smsId: a.sms,
    seq: 0,
    intent: a.intent ?? "transaction",
    direction: a.direction,
    amountMinor: a.amount,
    currency: "INR",
    account: a.account,
    accountKind: a.accountKind ?? "bank",
    counterparty: a.counterparty ?? null,
    reference: a.reference ?? null,
    category: a.category ?? null,
    sender: a.sender,
    occurredAt: new Date(BASE + a.minute * 60_000).toISOString(),
    occurredAtMs: BASE + a.minute * 60_000,
    parser: "test",
    confidence: 0.9,
  };
  return { userId, smsId: a.sms, state: "parsed", intent: tx.intent, parser: "test", confidence: 0.9, attempts: 1, transactions: [tx] };
}

/** Writes alerts as the consumer does: one D1 batch per group, groups in the given order. */
async function arrive(userId: string, batches: Alert[][]): Promise<void> {
  const db = createDb(testEnv.DB);
  const all = batches.flat();
  await testEnv.DB.batch(
    all.map((a) =>
      testEnv.DB.prepare("INSERT OR IGNORE INTO sms (user_id, id, ingestion_id, sender, body, received_at, state) VALUES (?, ?, 'ing', ?, 'x', '2026-11-12T10:00:00+05:30', 'queued')").bind(userId, a.sms, a.sender),
    ),
  );
  for (const batch of batches) await writeOutcomes(db, batch.map((a) => outcome(userId, a)), Date.now());
}

type Row = { sms_id: string; duplicate_of: string | null; link_kind: string | null; counterpart_id: string | null; reference: string | null };
async function rows(userId: string): Promise<Map<string, Row>> {
  const { results } = await testEnv.DB.prepare("SELECT sms_id, duplicate_of, link_kind, counterpart_id, reference FROM transactions WHERE user_id = ?").bind(userId).all<Row>();
  const short = (id: string | null) => (id ? (id.split(":").pop() as string) : null);
  return new Map(results.map((r) => [r.sms_id, { ...r, duplicate_of: short(r.duplicate_of), counterpart_id: short(r.counterpart_id) }]));
}

const orders = <T>(a: T, b: T): [string, T[][]][] => [
  ["a then b", [[a], [b]]],
  ["b then a", [[b], [a]]],
  ["same batch", [[a, b]]],
];

describe("duplicate alerts of one payment", () => {
  const upi: Alert = { sms: "a-upi", sender: "AX-SBIUPI-S", direction: "debit", amount: 25000, account: "4321", reference: "431298765432", minute: 0 };
  const bank: Alert = { sms: "b-bank", sender: "VM-SBIINB-S", direction: "debit", amount: 25000, account: "4321", reference: "431298765432", minute: 1 };
  const noRef: Alert = { ...bank, sms: "b-noref", reference: null };

  for (const [name, batches] of orders(upi, bank)) {
    it(`merge on the same reference (${name})`, async () => {
      const user = `u-${crypto.randomUUID()}`;
      await arrive(user, batches);
      const r = await rows(user);
      expect(r.get("a-upi")?.duplicate_of).toBeNull();
      expect(r.get("b-bank")?.duplicate_of).toBe("a-upi");
    });
  }
  for (const [name, batches] of orders(upi, noRef)) {
    it(`merge on amount, account and time when one has no reference (${name})`, async () => {
      const user = `u-${crypto.randomUUID()}`;
      await arrive(user, batches);
      expect((await rows(user)).get("b-noref")?.duplicate_of).toBe("a-upi");
    });
  }
  it("never merge two payments with different references", async () => {
    const user = `u-${crypto.randomUUID()}`;
    await arrive(user, [[upi, { ...bank, reference: "431298765999" }]]);
    expect([...(await rows(user)).values()].map((r) => r.duplicate_of)).toEqual([null, null]);
  });
  it("never merge two same-amount payments from the same sender, or far apart in time", async () => {
    const user = `u-${crypto.randomUUID()}`;
    await arrive(user, [[{ ...upi, reference: null }, { ...upi, sms: "again", reference: null, minute: 3 }, { ...noRef, sms: "late", minute: 45 }]]);
    expect([...(await rows(user)).values()].every((r) => r.duplicate_of === null)).toBe(true);
  });
});

describe("own-account transfers", () => {
  const billPaid: Alert = { sms: "t-debit", sender: "VM-HDFCBK-S", direction: "debit", amount: 1500000, account: "4321", counterparty: "HDFC CREDIT CARD", minute: 0 };
  const cardCredit: Alert = { sms: "t-card", sender: "VM-HDFCCC-S", direction: "credit", amount: 1500000, account: "9012", accountKind: "card", minute: 90 };
  for (const [name, batches] of orders(billPaid, cardCredit)) {
    it(`link a card bill payment to the payment received on the card (${name})`, async () => {
      const user = `u-${crypto.randomUUID()}`;
      await arrive(user, batches);
      const r = await rows(user);
      expect(r.get("t-debit")).toMatchObject({ link_kind: "transfer", counterpart_id: "t-card" });
      expect(r.get("t-card")).toMatchObject({ link_kind: "transfer", counterpart_id: "t-debit" });
    });
  }
  it("do not link a salary credit to an equal rent debit", async () => {
    const user = `u-${crypto.randomUUID()}`;
    await arrive(user, [[
      { sms: "salary", sender: "VM-ICICIB-S", direction: "credit", amount: 3000000, account: "7788", counterparty: "ACME PAYROLL", category: "salary", minute: 0 },
      { sms: "rent", sender: "VM-HDFCBK-S", direction: "debit", amount: 3000000, account: "4321", counterparty: "LANDLORD", category: "rent", minute: 60 },
    ]]);
    expect([...(await rows(user)).values()].every((r) => r.link_kind === null)).toBe(true);
  });
});

describe("refunds and reversals", () => {
  const spend: Alert = { sms: "r-debit", sender: "VM-HDFCBK-S", direction: "debit", amount: 129900, account: "4321", counterparty: "AMAZON", reference: "ORD-77", minute: 0 };
  const refund: Alert = { sms: "r-refund", sender: "VM-HDFCBK-S", direction: "credit", amount: 129900, account: "4321", counterparty: "AMAZON", reference: "ORD-77", intent: "refund", minute: 2880 };
  for (const [name, batches] of orders(spend, refund)) {
    it(`link a refund to its original debit (${name})`, async () => {
      const user = `u-${crypto.randomUUID()}`;
      await arrive(user, batches);
      expect((await rows(user)).get("r-refund")).toMatchObject({ link_kind: "reversal", counterpart_id: "r-debit" });
    });
  }
});

describe("merging, as a property", () => {
  const alert = fc.record({
    sender: fc.constantFrom("AX-SBIUPI-S", "VM-SBIINB-S", "VM-HDFCBK-S"),
    direction: fc.constantFrom("debit" as const, "credit" as const),
    amount: fc.constantFrom(10000, 25000, 99900),
    account: fc.constantFrom("4321", "8765", null),
    reference: fc.option(fc.constantFrom("R1", "R2", "R3"), { nil: null }),
    minute: fc.integer({ min: 0, max: 30 }),
  });
  const scenario = fc
    .uniqueArray(alert, { minLength: 1, maxLength: 8, selector: (a) => JSON.stringify(a) })
    .chain((alerts) =>
      fc.tuple(fc.constant(alerts.map((a, i) => ({ ...a, sms: `s${i}` }) as Alert)), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: alerts.length, maxLength: alerts.length }), fc.shuffledSubarray(alerts.map((_, i) => i), { minLength: alerts.length, maxLength: alerts.length })),
    );

  it("never loses an SMS, never joins two different references, and does not depend on arrival order", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([alerts, cuts, order]) => {
        const users = [`p-${crypto.randomUUID()}`, `p-${crypto.randomUUID()}`];
        // Same alerts, two arrival orders: as listed one per batch, and shuffled into random batches.
        await arrive(users[0] as string, alerts.map((a) => [a]));
        const shuffled = order.map((i) => alerts[i] as Alert);
        const batches: Alert[][] = [];
        for (let i = 0; i < shuffled.length; i += cuts[i] ?? 1) batches.push(shuffled.slice(i, i + (cuts[i] ?? 1)));
        await arrive(users[1] as string, batches);

        const first = await rows(users[0] as string);
        const second = await rows(users[1] as string);
        for (const r of [first, second]) {
          expect(r.size).toBe(alerts.length);
          for (const row of r.values()) {
            if (!row.duplicate_of) continue;
            const kept = r.get(row.duplicate_of);
            expect(kept?.duplicate_of).toBeNull();
            if (row.reference && kept?.reference) expect(row.reference).toBe(kept.reference);
          }
        }
        const groups = (r: Map<string, Row>) => [...r.values()].map((row) => `${row.sms_id}->${row.duplicate_of ?? "-"}`).sort();
        expect(groups(second)).toEqual(groups(first));
      }),
      // Fresh seed every run (printed; FC_SEED replays it): see test/fast-check-seed.ts.
      { numRuns: 60 },
    );
  });

  // Known bug (found by this property, not fixed yet): an alert without a reference that matches two
  // alerts with different references bridges them, and a later arrival can then join R2 to R1's row.
  // `it.fails` passes while the bug is there and fails once it is fixed (then make it a plain `it`).
  it.fails("does not join two references through an alert without one (known bug)", async () => {
    const user = `p-${crypto.randomUUID()}`;
    const base = { direction: "debit" as const, amount: 99900, account: null, minute: 0 };
    await arrive(user, [
      [{ ...base, sms: "s0", sender: "VM-HDFCBK-S", reference: "R1" }],
      [{ ...base, sms: "s1", sender: "AX-SBIUPI-S", reference: null }],
      [{ ...base, sms: "s2", sender: "VM-HDFCBK-S", reference: "R2" }],
    ]);
    const r = await rows(user);
    for (const row of r.values()) {
      const kept = row.duplicate_of ? r.get(row.duplicate_of) : undefined;
      if (row.reference && kept?.reference) expect(row.reference).toBe(kept.reference);
    }
  });
});
