import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLedger, type LedgerCorrection, type RowAssignment } from "@smsledger/core";
import {
  correctTransaction,
  isLedgerConflict,
  outcomeStatements,
  planOutcomes,
  runBatch,
  summarise,
} from "@smsledger/db";
import { testEnv } from "./helpers";
import {
  db,
  ledgerAlert,
  outcome,
  recordSms,
  storedRows,
  txId,
  writeBatch,
  type Alert,
  type StoredRow,
} from "./ledger-helpers";

const alert = fc.record({
  sender: fc.constantFrom("AX-SBIUPI-S", "VM-SBIINB-S", "VM-HDFCBK-S"),
  direction: fc.constantFrom("debit" as const, "credit" as const),
  amount: fc.constantFrom(10000, 25000),
  account: fc.constantFrom("4321", "8765", null),
  accountKind: fc.constantFrom("bank" as const, "bank" as const, "card" as const),
  reference: fc.option(fc.constantFrom("R1", "R2", "R3"), { nil: null, freq: 2 }),
  intent: fc.constantFrom("transaction" as const, "transaction" as const, "refund" as const),
  counterparty: fc.constantFrom("SHOP", "shop", "a/c 8765", null),
  category: fc.constantFrom(null, null, "transfer"),
  minute: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 6000 })),
});

/** One user's case: alerts, their arrival as batches, whether those batches race, and one correction. */
const scenario = fc
  .array(alert, { minLength: 1, maxLength: 8 })
  .map((list) => list.map((a, i) => ({ ...a, sms: `s${i}` }) as Alert))
  .chain((alerts) =>
    fc.record({
      alerts: fc.constant(alerts),
      order: fc.shuffledSubarray(alerts, { minLength: alerts.length, maxLength: alerts.length }),
      cuts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: alerts.length, maxLength: alerts.length }),
      concurrent: fc.boolean(),
      fix: fc.record({
        field: fc.constantFrom("category" as const, "counterparty" as const),
        value: fc.constantFrom("groceries", "rent"),
      }),
    }),
  );
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function split<T>(list: T[], sizes: number[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0, k = 0; i < list.length; k++) batches.push(list.slice(i, (i += sizes[k] ?? 1)));
  return batches;
}

const FIELDS = [
  "duplicateOf",
  "linkKind",
  "counterpartId",
  "linkReason",
  "userCategory",
  "userCounterparty",
  "correctedAt",
] as const;
const pick = (r: RowAssignment) => Object.fromEntries([["id", r.id], ...FIELDS.map((f) => [f, r[f]])]);

/** Income minus expense, per currency, the way the summary defines them, over the expected main rows. */
function expectedNet(alerts: Alert[], rows: RowAssignment[], includeTransfers: boolean): number {
  const bySms = new Map(alerts.map((a) => [a.sms, a]));
  let net = 0;
  for (const row of rows) {
    if (row.duplicateOf !== null || (!includeTransfers && row.linkKind === "transfer")) continue;
    const a = bySms.get(row.id.split(":").pop() as string) as Alert;
    // A credit is income, or a refund netted against expense: either way it adds to the net.
    net += a.direction === "debit" ? -a.amount : a.amount;
  }
  return net;
}

/**
 * Runs many users' cases at once: round k writes the k-th batch of every user as ONE consumer batch
 * (many users per D1 write), or, for users whose case races, all of that user's batches concurrently.
 * The correction goes in through the first alert once it is stored, concurrently with the rest.
 */
async function play(cases: { user: string; c: Scenario }[]): Promise<Map<string, LedgerCorrection>> {
  await recordSms(cases.flatMap(({ user, c }) => c.alerts.map((a) => [user, a] as [string, Alert])));
  const batches = cases.map(({ user, c }) => split(c.order, c.cuts).map((b) => b.map((a) => outcome(user, a))));
  const fixes = new Map<string, LedgerCorrection>();
  const correct = async (user: string, c: Scenario, at: number) => {
    const first = c.order[0] as Alert;
    const transactionId = txId(user, first.sms);
    await correctTransaction(db(), user, transactionId, { [c.fix.field]: c.fix.value }, at);
    fixes.set(user, { transactionId, field: c.fix.field, value: c.fix.value, at });
  };
  const racing = cases
    .map(({ user, c }, i) => (c.concurrent ? { user, c, batches: batches[i] ?? [] } : null))
    .filter((x) => x !== null);
  const sequential = cases.map((x, i) => (x.c.concurrent ? [] : (batches[i] ?? [])));
  const raceAll = racing.map(async ({ user, c, batches: [head, ...rest] }) => {
    await writeBatch(head ?? []);
    await Promise.all([...rest.map((b) => writeBatch(b)), correct(user, c, 10)]);
  });
  const rounds = Math.max(0, ...sequential.map((b) => b.length));
  const inTurn = (async () => {
    for (let k = 0; k < rounds; k++) {
      await writeBatch(sequential.flatMap((b) => b[k] ?? []));
      if (k === 0) await Promise.all(cases.filter((x) => !x.c.concurrent).map(({ user, c }) => correct(user, c, 10)));
    }
  })();
  await Promise.all([...raceAll, inTurn]);
  return fixes;
}

async function check(user: string, c: Scenario, fix: LedgerCorrection): Promise<void> {
  const expected = assignLedger(
    c.alerts.map((a) => ledgerAlert(user, a)),
    [fix],
  );
  const includeTransfers = c.concurrent;
  const [stored, items] = await Promise.all([
    storedRows(user),
    summarise(db(), user, { group: "category", fromMs: 0, toMs: 2 ** 50, offsetMs: 0, includeTransfers }),
  ]);
  // No SMS lost, none doubled.
  expect(stored.size).toBe(c.alerts.length);
  // The stored ledger is core's grouping of the whole set, whatever the arrival.
  expect([...stored.values()].map(pick)).toEqual(expected.map(pick));
  // Two references never joined.
  const byId = new Map([...stored.values()].map((r) => [r.id, r] as [string, StoredRow]));
  for (const row of stored.values()) {
    const main = row.duplicateOf ? byId.get(row.duplicateOf) : undefined;
    if (row.reference !== null && main) expect(main.reference).toBe(row.reference);
  }
  // The correction is shown by the main row of the group of the row it was made through.
  const through = byId.get(fix.transactionId) as StoredRow;
  const main = byId.get(through.duplicateOf ?? through.id) as StoredRow;
  expect(fix.field === "category" ? main.userCategory : main.userCounterparty).toBe(fix.value);
  // Summary totals equal the sum over the groups (each transfer both legs or neither).
  const net = items.reduce((sum, i) => sum + i.income - i.expense, 0);
  expect(net).toBe(expectedNet(c.alerts, expected, includeTransfers));
}

describe("the consumer's ledger, as a property (real D1)", () => {
  const title =
    "equals core's grouping of the set for any arrival order, batch split and race: " +
    "no SMS lost, two references never joined, corrections kept, summary = groups";
  it(title, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(scenario, { minLength: 20, maxLength: 20 }), async (scenarios) => {
        const cases = scenarios.map((c) => ({ user: `p-${crypto.randomUUID()}`, c }));
        const fixes = await play(cases);
        await Promise.all(cases.map(({ user, c }) => check(user, c, fixes.get(user) as LedgerCorrection)));
      }),
      // 50 runs x 20 users = 1,000 cases of the merge property per CI run.
      { numRuns: 50 },
    );
  }, 240_000);
});

describe("the ledger version check", () => {
  it("makes a batch that regrouped from a stale read fail whole, then the retry regroups from fresh data", async () => {
    const user = `v-${crypto.randomUUID()}`;
    const a: Alert = {
      sms: "a",
      sender: "AX-SBIUPI-S",
      direction: "debit",
      amount: 5000,
      account: "4321",
      reference: "R1",
      minute: 0,
    };
    const b: Alert = { ...a, sms: "b", sender: "VM-SBIINB-S", reference: null, minute: 1 };
    await recordSms([
      [user, a],
      [user, b],
    ]);
    const stale = await planOutcomes(db(), [outcome(user, b)]);
    await writeBatch([outcome(user, a)]);
    const error = await runBatch(db(), outcomeStatements(db(), [outcome(user, b)], 1, stale)).catch((e: unknown) => e);
    expect(isLedgerConflict(error)).toBe(true);
    const row = await testEnv.DB.prepare("SELECT COUNT(*) AS n FROM transactions WHERE user_id = ? AND sms_id = 'b'")
      .bind(user)
      .first<{ n: number }>();
    expect(row?.n).toBe(0);
    const { attempts } = await writeBatch([outcome(user, b)]);
    expect(attempts).toBe(1);
    expect((await storedRows(user)).get("b")?.duplicateOf).toBe(txId(user, "a"));
  });

  it("serialises racing batches of one user: some lose the check and are redone, none is lost", async () => {
    const user = `v-${crypto.randomUUID()}`;
    const alerts: Alert[] = Array.from({ length: 12 }, (_, i) => ({
      sms: `r${i}`,
      sender: i % 2 ? "AX-SBIUPI-S" : "VM-SBIINB-S",
      direction: "debit",
      amount: 7000,
      account: "4321",
      reference: i % 3 === 0 ? `R${i}` : null,
      minute: i,
    }));
    await recordSms(alerts.map((a) => [user, a]));
    const results = await Promise.all(alerts.map((a) => writeBatch([outcome(user, a)])));
    expect(Math.max(...results.map((r) => r.attempts))).toBeGreaterThan(1);
    const expected = assignLedger(alerts.map((a) => ledgerAlert(user, a)));
    expect([...(await storedRows(user)).values()].map(pick)).toEqual(expected.map(pick));
  });
});
