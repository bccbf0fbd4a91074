import { sql } from "drizzle-orm";
import { ACCOUNT_KINDS, CATEGORIES, DIRECTIONS, INTENTS, METHODS, SMS_STATES } from "@smsledger/core";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// Enum columns take their values from core's zod enums (one list each). `enum` types the column in
// TypeScript only: SQLite gets no CHECK, so a new value needs no migration (docs/decisions.md).
export { SMS_STATES };
export type SmsState = (typeof SMS_STATES)[number];

const now = sql`(unixepoch('subsec') * 1000)`;

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull().default(now),
});

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    label: text("label"),
    createdAt: integer("created_at").notNull().default(now),
    revokedAt: integer("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_key_hash_uq").on(t.keyHash), index("api_keys_user_idx").on(t.userId)],
);

export const ingestions = sqliteTable(
  "ingestions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    format: text("format", { enum: ["json", "ndjson"] }).notNull(),
    accepted: integer("accepted").notNull().default(0),
    duplicates: integer("duplicates").notNull().default(0),
    createdAt: integer("created_at").notNull().default(now),
    /**
     * The `created_at` of its first and last recorded chunk (the Worker's clock): its SMS are the user's
     * SMS of this ingestion in that range, read through sms_user_created_idx (no index on ingestion_id).
     */
    firstChunkAt: integer("first_chunk_at"),
    lastChunkAt: integer("last_chunk_at"),
  },
  (t) => [index("ingestions_user_idx").on(t.userId, t.createdAt)],
);

export const sms = sqliteTable(
  "sms",
  {
    userId: text("user_id").notNull(),
    id: text("id").notNull(),
    ingestionId: text("ingestion_id").notNull(),
    sender: text("sender").notNull(),
    body: text("body").notNull(),
    receivedAt: text("received_at").notNull(),
    state: text("state", { enum: SMS_STATES }).notNull().default("queued"),
    intent: text("intent", { enum: INTENTS }),
    parser: text("parser"),
    confidence: real("confidence"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: integer("created_at").notNull().default(now),
    processedAt: integer("processed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    // The one index of sms (docs/decisions.md, "Billable units"). No index holds `state`, so the consumer's
    // state update writes no index entry. It also serves, by range of `created_at` and filter on the rows:
    // an ingestion's SMS (between its first and last chunk), a chunk's SMS (`created_at = ?`), and the
    // sweeper's window of queued SMS; each dropped index cost a row written per SMS (two for the queued one).
    // GET /v1/sms?state=…: one user's SMS newest accepted first (cursor on created_at, id), state filtered on the
    // rows: no `state` in the index, so a state change writes no index entry (rows read cost 1/1000 of rows written).
    index("sms_user_created_idx").on(t.userId, t.createdAt, t.id),
  ],
);

export const transactions = sqliteTable(
  "transactions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    smsId: text("sms_id").notNull(),
    seq: integer("seq").notNull().default(0),
    intent: text("intent", { enum: INTENTS }).notNull(),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    account: text("account"),
    accountKind: text("account_kind", { enum: ACCOUNT_KINDS }),
    counterparty: text("counterparty"),
    method: text("method", { enum: METHODS }),
    reference: text("reference"),
    balanceMinor: integer("balance_minor"),
    occurredAt: text("occurred_at").notNull(),
    occurredAtMs: integer("occurred_at_ms").notNull(),
    institution: text("institution"),
    category: text("category", { enum: CATEGORIES }),
    /** The SMS sender header, kept to tell two alerts of one payment from two payments. */
    sender: text("sender"),
    parser: text("parser").notNull(),
    confidence: real("confidence").notNull(),
    createdAt: integer("created_at").notNull().default(now),
    /** The user's corrections; they win over the parser's values and survive reprocessing. */
    userCategory: text("user_category", { enum: CATEGORIES }),
    userCounterparty: text("user_counterparty"),
    correctedAt: integer("corrected_at"),
    /** Set when this row is another alert of a transaction already in the ledger: that row's id. */
    duplicateOf: text("duplicate_of"),
    /** Set on both sides of an own-account transfer and on a reversal/refund linked to its original. */
    linkKind: text("link_kind", { enum: ["transfer", "reversal"] }),
    counterpartId: text("counterpart_id"),
    linkReason: text("link_reason"),
  },
  (t) => [
    uniqueIndex("transactions_user_sms_seq_uq").on(t.userId, t.smsId, t.seq),
    index("transactions_user_time_idx").on(t.userId, t.occurredAtMs, t.id),
    // Partial: a row without a reference (card and cash alerts) writes no entry; `reference = ?` implies it.
    index("transactions_user_ref_idx").on(t.userId, t.reference).where(sql`reference IS NOT NULL`),
    /** The other alerts of a page of transactions (duplicatesOf), without scanning the user's whole ledger. */
    index("transactions_user_duplicate_idx").on(t.userId, t.duplicateOf).where(sql`duplicate_of IS NOT NULL`),
    // Refunds after a debit at the same merchant. Partial: only refunds enter it, so a purchase writes no entry.
    // Regrouping reads amounts and merchants within a time range of transactions_user_time_idx instead of an
    // amount index and a merchant index: each entry was a D1 row written per transaction (docs/decisions.md).
    index("transactions_user_refund_idx")
      .on(t.userId, sql`lower(${t.counterparty})`, t.occurredAtMs)
      .where(sql`intent = 'refund'`),
  ],
);

/**
 * What each user stores, for the storage quota: SMS recorded and their bytes (UTF-8 sender + body).
 * Kept by the same D1 batch that records or removes SMS, so it never drifts and is never a COUNT(*).
 * `max_*` are the quota the last write was checked against: the CHECK makes a write past it fail the
 * whole batch (all or nothing, even with concurrent uploads of one user).
 */
export const userUsage = sqliteTable(
  "user_usage",
  {
    userId: text("user_id").primaryKey(),
    smsCount: integer("sms_count").notNull().default(0),
    smsBytes: integer("sms_bytes").notNull().default(0),
    maxSms: integer("max_sms").notNull(),
    maxBytes: integer("max_bytes").notNull(),
  },
  () => [check("user_usage_within_quota", sql`sms_count <= max_sms AND sms_bytes <= max_bytes`)],
);

/**
 * One row per user whose ledger was ever regrouped or corrected. Every consumer write that regroups a
 * user's alerts, and every correction, bumps it inside its D1 batch, checking the version it read: two
 * concurrent regroupings of one user cannot interleave (the second fails whole and is redone).
 */
export const ledgerVersions = sqliteTable("ledger_versions", {
  userId: text("user_id").primaryKey(),
  version: integer("version").notNull(),
});

/**
 * The user's corrections, one row per transaction and field, as made (`value` null clears). The group's
 * rows carry the latest one per field in user_category/user_counterparty; this table is the record that
 * regrouping recomputes them from, so a correction follows its group whichever row becomes the main one.
 */
export const ledgerCorrections = sqliteTable(
  "ledger_corrections",
  {
    userId: text("user_id").notNull(),
    transactionId: text("transaction_id").notNull(),
    field: text("field", { enum: ["category", "counterparty"] }).notNull(),
    value: text("value"),
    at: integer("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.transactionId, t.field] })],
);

export type LedgerCorrectionRow = typeof ledgerCorrections.$inferSelect;

export type UserRow = typeof users.$inferSelect;
export type SmsRow = typeof sms.$inferSelect;
export type NewSmsRow = typeof sms.$inferInsert;
export type TransactionRow = typeof transactions.$inferSelect;
export type NewTransactionRow = typeof transactions.$inferInsert;

/** One row per SMS that exhausted its retries; admins list, replay or discard them. */
export const deadLetters = sqliteTable(
  "dead_letters",
  {
    userId: text("user_id").notNull(),
    smsId: text("sms_id").notNull(),
    ingestionId: text("ingestion_id").notNull(),
    status: text("status", { enum: ["open", "replayed", "discarded"] })
      .notNull()
      .default("open"),
    lastError: text("last_error"),
    attempts: integer("attempts").notNull(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.smsId] }), index("dead_letters_status_idx").on(t.status, t.createdAt)],
);

/** Audit trail: every state change of every SMS, written in bulk once per batch. */
export const smsEvents = sqliteTable(
  "sms_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id").notNull(),
    smsId: text("sms_id").notNull(),
    state: text("state").notNull(),
    detail: text("detail"),
    at: integer("at").notNull(),
  },
  (t) => [index("sms_events_sms_idx").on(t.userId, t.smsId, t.at)],
);

export type DeadLetterRow = typeof deadLetters.$inferSelect;
export type SmsEventRow = typeof smsEvents.$inferSelect;

/** One row per consumer batch: what it did, for metrics (never a write per message). Histograms use LATENCY_BUCKETS_MS. */
export const batchMetrics = sqliteTable(
  "batch_metrics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    queue: text("queue").notNull(),
    messages: integer("messages").notNull(),
    byIntent: text("by_intent", { mode: "json" }).$type<Record<string, number>>().notNull(),
    byPath: text("by_path", { mode: "json" }).$type<Record<string, number>>().notNull(),
    byState: text("by_state", { mode: "json" }).$type<Record<string, number>>().notNull(),
    templateHits: integer("template_hits").notNull(),
    templateMisses: integer("template_misses").notNull(),
    upstreamCalls: integer("upstream_calls").notNull(),
    upstreamOk: integer("upstream_ok").notNull(),
    upstreamLatency: text("upstream_latency", { mode: "json" }).$type<number[]>().notNull(),
    deferred: integer("deferred").notNull(),
    retries: integer("retries").notNull(),
    deadLetters: integer("dead_letters").notNull(),
    lag: text("lag", { mode: "json" }).$type<number[]>().notNull(),
  },
  (t) => [index("batch_metrics_at_idx").on(t.at)],
);

export type BatchMetricsRow = typeof batchMetrics.$inferSelect;
export type NewBatchMetricsRow = typeof batchMetrics.$inferInsert;
