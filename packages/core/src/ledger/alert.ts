import { DUPLICATE_WINDOW_MS, REFERENCE_WINDOW_MS, REVERSAL_WINDOW_MS, TRANSFER_WINDOW_MS } from "@smsledger/config";

/** What ledger grouping needs to know of one stored alert (one transaction row). */
export interface LedgerAlert {
  id: string;
  smsId: string;
  intent: string;
  direction: "debit" | "credit";
  amountMinor: number;
  currency: string;
  account: string | null;
  accountKind: string | null;
  counterparty: string | null;
  reference: string | null;
  category: string | null;
  sender: string | null;
  occurredAtMs: number;
}

/** SQLite's lower(): ASCII letters only, so that the SQL index and this code agree. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const gap = (a: LedgerAlert, b: LedgerAlert): number => Math.abs(a.occurredAtMs - b.occurredAtMs);

/** Same direction, amount and currency, read from two different SMS. */
function sameMoney(a: LedgerAlert, b: LedgerAlert): boolean {
  return (
    a.smsId !== b.smsId && a.direction === b.direction && a.amountMinor === b.amountMinor && a.currency === b.currency
  );
}

/** Two alerts carrying one reference: one payment (a hard key). */
export function sameReference(a: LedgerAlert, b: LedgerAlert): boolean {
  return a.reference !== null && a.reference === b.reference && sameMoney(a, b) && gap(a, b) <= REFERENCE_WINDOW_MS;
}

/**
 * Two alerts that may be one payment though a side has no reference: same account tail (a missing
 * account never matches another missing one), another sender, within minutes.
 */
export function sameWithoutReference(a: LedgerAlert, b: LedgerAlert): boolean {
  return (
    (a.reference === null || b.reference === null) &&
    sameMoney(a, b) &&
    a.account !== null &&
    a.account === b.account &&
    (a.sender ?? "") !== (b.sender ?? "") &&
    gap(a, b) <= DUPLICATE_WINDOW_MS
  );
}

/** Pairwise "may be one payment" (not transitive: grouping decides). */
export function samePayment(a: LedgerAlert, b: LedgerAlert): boolean {
  return sameReference(a, b) || sameWithoutReference(a, b);
}

function transferEvidence(debit: LedgerAlert, credit: LedgerAlert): boolean {
  const names = (x: LedgerAlert, y: LedgerAlert) => y.account !== null && (x.counterparty ?? "").includes(y.account);
  return (
    debit.category === "transfer" ||
    credit.category === "transfer" ||
    credit.accountKind === "card" ||
    names(debit, credit) ||
    names(credit, debit)
  );
}

/** A debit and a credit that may be the two legs of one own-account transfer. */
export function transferPair(a: LedgerAlert, b: LedgerAlert): boolean {
  if (a.direction === b.direction || a.amountMinor !== b.amountMinor || a.currency !== b.currency) return false;
  if (a.intent !== "transaction" || b.intent !== "transaction") return false;
  if (a.account === null || b.account === null || a.account === b.account) return false;
  if (gap(a, b) > TRANSFER_WINDOW_MS) return false;
  return a.direction === "debit" ? transferEvidence(a, b) : transferEvidence(b, a);
}

/** Refund credit `refund` may reverse debit `debit`. */
export function reverses(refund: LedgerAlert, debit: LedgerAlert): boolean {
  if (refund.intent !== "refund" || refund.direction !== "credit" || debit.direction !== "debit") return false;
  if (refund.currency !== debit.currency) return false;
  const after = refund.occurredAtMs - debit.occurredAtMs;
  if (after < -DUPLICATE_WINDOW_MS || after > REVERSAL_WINDOW_MS) return false;
  if (refund.reference !== null && refund.reference === debit.reference) return true;
  return (
    refund.counterparty !== null &&
    debit.counterparty !== null &&
    asciiLower(refund.counterparty) === asciiLower(debit.counterparty) &&
    debit.amountMinor >= refund.amountMinor
  );
}

/**
 * Whether two alerts' groups can depend on each other (the edges of a regrouping closure): one payment,
 * or the two legs of a transfer. Refund links are not edges: a refund's link depends on its candidate
 * debits and their groups, never the other way round, so they are recomputed around the closure instead.
 */
export function groupRelated(a: LedgerAlert, b: LedgerAlert): boolean {
  return samePayment(a, b) || transferPair(a, b);
}
