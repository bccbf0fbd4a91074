// The local stack's D1 databases: `DB` (bucket 0 and the directory of users and keys), then DB_1 … DB_{N-1}
// when D1_SHARDS=N (README: "D1 shards"). The checked-in wrangler.jsonc files bind `DB` only; for N > 1 the
// local stack runs on a copy of each config with the extra bindings (same migrations, their own local ids).

/** N from a D1_SHARDS value (default 1): a positive integer, else an error naming the setting. */
export function d1ShardCount(value = process.env.D1_SHARDS) {
  const n = Number(value ?? 1);
  if (!Number.isInteger(n) || n < 1) throw new Error(`D1_SHARDS must be a positive integer, not "${value}"`);
  return n;
}

/** The binding of bucket i. */
export const shardBinding = (i) => (i === 0 ? "DB" : `DB_${i}`);

/** The local database id of bucket i ≥ 1 (bucket 0 keeps the id in wrangler.jsonc). */
const localId = (i) => `00000000-0000-4000-8000-${(0x100000000000 + i).toString(16)}`;

/** A parsed Worker config with N D1 buckets: `DB`'s entry copied as DB_1 … DB_{N-1}, and D1_SHARDS = N. */
export function withD1Shards(config, n) {
  const dbs = (config.d1_databases ?? []).filter((d) => !/^DB_\d+$/.test(d.binding));
  const base = dbs.find((d) => d.binding === "DB");
  if (!base) throw new Error("the Worker config has no D1 binding DB");
  const extra = Array.from({ length: n - 1 }, (_, k) => ({
    ...base,
    binding: shardBinding(k + 1),
    database_name: `${base.database_name}-${k + 1}`,
    database_id: localId(k + 1),
  }));
  return { ...config, vars: { ...config.vars, D1_SHARDS: String(n) }, d1_databases: [...dbs, ...extra] };
}
