import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignLedger,
  debitsReversedBy,
  groupAlerts,
  refundsToRelink,
  regroup,
  relatedClosure,
  type LedgerAlert,
  type LedgerCorrection,
  type RowAssignment,
  type StoredContext,
} from "../../src/index";
import { arrival, corrections, split, toAlert, type AlertFields } from "./arbitraries";

/**
 * What the consumer does: per batch, regroup only the related closure of the batch's alerts, relinking
 * the stored refunds that may reverse its debits against their stored candidates, and store the result.
 */
function incremental(batches: LedgerAlert[][], fixes: LedgerCorrection[] = []): RowAssignment[] {
  const stored = new Map<string, RowAssignment>();
  const seen: LedgerAlert[] = [];
  for (const batch of batches) {
    seen.push(...batch);
    const closure = relatedClosure(batch, seen);
    const inClosure = new Set(closure.map((a) => a.id));
    const outside: StoredContext[] = seen
      .filter((a) => !inClosure.has(a.id))
      .map((a) => ({
        ...a,
        duplicateOf: stored.get(a.id)?.duplicateOf ?? null,
        linkKind: stored.get(a.id)?.linkKind ?? null,
      }));
    const relink = refundsToRelink(closure, outside);
    const { rows, relinks } = regroup(closure, fixes, [
      ...relink,
      ...debitsReversedBy([...closure, ...relink], outside),
    ]);
    for (const row of rows) stored.set(row.id, row);
    for (const r of relinks) stored.set(r.id, { ...(stored.get(r.id) as RowAssignment), ...r });
  }
  return [...stored.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function checkInvariants(alerts: LedgerAlert[], rows: RowAssignment[]): void {
  const byId = new Map(alerts.map((a) => [a.id, a]));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  expect(rows.map((r) => r.id).sort()).toEqual(alerts.map((a) => a.id).sort());
  for (const row of rows) {
    const alert = byId.get(row.id) as LedgerAlert;
    if (row.duplicateOf !== null) {
      const main = rowOf.get(row.duplicateOf) as RowAssignment;
      expect(main.duplicateOf).toBeNull();
      const mainAlert = byId.get(main.id) as LedgerAlert;
      if (alert.reference !== null) expect(mainAlert.reference).toBe(alert.reference);
      expect(row.linkKind).toBeNull();
    }
    if (row.linkKind === "transfer") {
      const other = rowOf.get(row.counterpartId as string) as RowAssignment;
      expect(other).toMatchObject({ duplicateOf: null, linkKind: "transfer", counterpartId: row.id });
    }
    if (row.linkKind === "reversal") {
      expect(rowOf.get(row.counterpartId as string)?.duplicateOf).toBeNull();
      expect(byId.get(row.counterpartId as string)?.direction).toBe("debit");
    }
  }
}

describe("ledger grouping, as properties", () => {
  it("is a function of the set: any arrival order and batch split gives the same ledger, and it is sound", () => {
    fc.assert(
      fc.property(arrival(12), ({ alerts, order, cuts }) => {
        const whole = assignLedger(alerts);
        expect(assignLedger(order)).toEqual(whole);
        expect(incremental(split(order, cuts))).toEqual(whole);
        checkInvariants(alerts, whole);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the user's corrections on the group whatever the arrival order", () => {
    fc.assert(
      fc.property(
        arrival(8).chain((a) => fc.record({ a: fc.constant(a), fixes: corrections(a.alerts) })),
        ({ a: { alerts, order, cuts }, fixes }) => {
          const whole = assignLedger(alerts, fixes);
          expect(incremental(split(order, cuts), fixes)).toEqual(whole);
          const rowOf = new Map(whole.map((r) => [r.id, r]));
          for (const fix of fixes) {
            const row = rowOf.get(fix.transactionId) as RowAssignment;
            const main = rowOf.get(row.duplicateOf ?? row.id) as RowAssignment;
            const group = whole.filter((r) => (r.duplicateOf ?? r.id) === main.id).map((r) => r.id);
            const latest = fixes
              .filter((f) => f.field === fix.field && group.includes(f.transactionId))
              .sort((x, y) => y.at - x.at || (y.transactionId < x.transactionId ? -1 : 1))[0] as LedgerCorrection;
            expect(fix.field === "category" ? main.userCategory : main.userCounterparty).toBe(latest.value);
            expect(main.correctedAt).not.toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("regressions", () => {
  it("keeps the transfer link of a stored refund group while relinking refunds around a new batch", () => {
    // Found by fast-check: 12 alerts arriving one per batch, in this order.
    const file = new URL("./counterexamples/refund-group-with-transfer.json", import.meta.url);
    const order = JSON.parse(readFileSync(file, "utf8")) as LedgerAlert[];
    expect(incremental(order.map((a) => [a]))).toEqual(assignLedger(order));
  });
});

describe("bridging: an alert without a reference between two references", () => {
  const base: AlertFields = {
    intent: "transaction",
    direction: "debit",
    amountMinor: 99900,
    account: "4321",
    accountKind: "bank",
    counterparty: null,
    reference: null,
    category: null,
    sender: "VM-HDFCBK-S",
    minute: 0,
  };
  const r1 = toAlert({ ...base, reference: "R1", sender: "VM-HDFCBK-S" }, 0);
  const r2 = toAlert({ ...base, reference: "R2", sender: "VM-HDFCBK-S", minute: 2 }, 2);
  const bridge = toAlert({ ...base, sender: "AX-SBIUPI-S", minute: 1 }, 1);
  const permutations = <T>(list: T[]): T[][] =>
    list.length <= 1
      ? [list]
      : list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [x, ...p]));

  for (const order of permutations([r1, bridge, r2])) {
    const name = order.map((a) => a.reference ?? "none").join(", ");
    it(`stands alone when it matches both references (${name}, one per batch and all in one)`, () => {
      for (const rows of [incremental(order.map((a) => [a])), assignLedger(order)]) {
        expect(rows.map((r) => r.duplicateOf)).toEqual([null, null, null]);
      }
    });
  }
  it("joins the one reference it matches (mirror image: the other reference is out of its window)", () => {
    const far = { ...r2, occurredAtMs: r2.occurredAtMs + 60 * 60_000 };
    for (const order of permutations([r1, bridge, far])) {
      expect(incremental(order.map((a) => [a])).find((r) => r.id === bridge.id)?.duplicateOf).toBe(r1.id);
    }
  });
  it("never lets a missing account match another missing account", () => {
    const a = { ...r1, account: null };
    const b = { ...bridge, account: null };
    expect(groupAlerts([a, b])).toHaveLength(2);
  });
  it("keeps the alert with a reference as the main row even when it arrives later", () => {
    const early = { ...bridge, occurredAtMs: r1.occurredAtMs - 60_000 };
    expect(assignLedger([early, r1]).find((r) => r.id === early.id)?.duplicateOf).toBe(r1.id);
  });
});
