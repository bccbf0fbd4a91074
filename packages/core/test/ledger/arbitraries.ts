import fc from "fast-check";
import type { LedgerAlert, LedgerCorrection } from "../../src/index";

const MINUTE = 60_000;
const BASE = Date.parse("2026-11-12T10:00:00+05:30");

/** Alerts over tiny domains, so that references, amounts, accounts and times collide often. */
export const alertFields: fc.Arbitrary<AlertFields> = fc.record({
  intent: fc.constantFrom("transaction", "transaction", "transaction", "refund"),
  direction: fc.constantFrom("debit" as const, "credit" as const),
  amountMinor: fc.constantFrom(10000, 25000),
  account: fc.constantFrom("4321", "8765", null),
  accountKind: fc.constantFrom("bank", "bank", "card"),
  counterparty: fc.constantFrom("SHOP", "shop", "a/c 8765", null),
  reference: fc.option(fc.constantFrom("R1", "R2", "R3"), { nil: null, freq: 2 }),
  category: fc.constantFrom(null, null, "transfer"),
  sender: fc.constantFrom("AX-SBIUPI-S", "VM-SBIINB-S", "VM-HDFCBK-S"),
  minute: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 6000 })),
});

export type AlertFields = Omit<LedgerAlert, "id" | "smsId" | "currency" | "occurredAtMs"> & { minute: number };

export function toAlert(f: AlertFields, i: number): LedgerAlert {
  const { minute, ...rest } = f;
  return {
    ...rest,
    id: `t${String(i).padStart(3, "0")}`,
    smsId: `s${i}`,
    currency: "INR",
    occurredAtMs: BASE + minute * MINUTE,
  };
}

export const alertSet = (max = 12) =>
  fc.array(alertFields, { minLength: 1, maxLength: max }).map((list) => list.map(toAlert));

/** A set of alerts, an arrival order (a permutation) and cut points splitting it into batches. */
export const arrival = (max = 12) =>
  alertSet(max).chain((alerts) =>
    fc.record({
      alerts: fc.constant(alerts),
      order: fc.shuffledSubarray(alerts, { minLength: alerts.length, maxLength: alerts.length }),
      cuts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: alerts.length, maxLength: alerts.length }),
    }),
  );

/** Splits a list into consecutive batches of the given sizes. */
export function split<T>(list: T[], sizes: number[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0, k = 0; i < list.length; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    batches.push(list.slice(i, i + size));
    i += size;
  }
  return batches;
}

export const corrections = (alerts: LedgerAlert[]) =>
  fc.array(
    fc.record({
      transactionId: fc.constantFrom(...alerts.map((a) => a.id)),
      field: fc.constantFrom("category" as const, "counterparty" as const),
      value: fc.option(fc.constantFrom("groceries", "Corner Shop", "rent"), { nil: null }),
      at: fc.integer({ min: 1, max: 50 }),
    }),
    { maxLength: 4 },
  ) as fc.Arbitrary<LedgerCorrection[]>;
