import type { AlertGroup } from "./grouping";

/** Fields a user can correct. */
export const CORRECTABLE_FIELDS = ["category", "counterparty"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One correction the user made through one row (`value` null clears the field). */
export interface LedgerCorrection {
  transactionId: string;
  field: CorrectableField;
  value: string | null;
  at: number;
}

/** What every row of a group shows of the user's corrections. */
export interface GroupCorrection {
  userCategory: string | null;
  userCounterparty: string | null;
  correctedAt: number | null;
}

const later = (a: LedgerCorrection, b: LedgerCorrection) =>
  a.at > b.at || (a.at === b.at && a.transactionId > b.transactionId);

/**
 * Corrections belong to the group: for each field, the latest correction made through any of its
 * rows wins (ties: the larger row id), whichever row is the main one.
 */
export function groupCorrection(group: AlertGroup, corrections: readonly LedgerCorrection[]): GroupCorrection {
  const ids = new Set(group.members.map((m) => m.id));
  const latest = new Map<CorrectableField, LedgerCorrection>();
  let correctedAt: number | null = null;
  for (const c of corrections) {
    if (!ids.has(c.transactionId)) continue;
    const seen = latest.get(c.field);
    if (!seen || later(c, seen)) latest.set(c.field, c);
    correctedAt = Math.max(correctedAt ?? c.at, c.at);
  }
  return {
    userCategory: latest.get("category")?.value ?? null,
    userCounterparty: latest.get("counterparty")?.value ?? null,
    correctedAt,
  };
}
