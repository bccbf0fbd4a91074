import type { Db } from "./client";

/** A drizzle query (anything with `toSQL`) or a raw D1 statement. */
export type Statement = { toSQL(): { sql: string; params: unknown[] } } | D1PreparedStatement;

function isPrepared(statement: Statement): statement is D1PreparedStatement {
  return typeof (statement as D1PreparedStatement).bind === "function";
}

/**
 * Runs statements as one D1 batch: one round trip, one transaction (all or nothing).
 * Drizzle builders are turned into D1 statements by their SQL; results are D1's raw results.
 */
export async function runBatch(db: Db, statements: Statement[]): Promise<D1Result[]> {
  if (statements.length === 0) return [];
  const d1 = db.$client;
  const prepared = statements.map((statement) => {
    if (isPrepared(statement)) return statement;
    const query = statement.toSQL();
    return d1.prepare(query.sql).bind(...query.params);
  });
  return d1.batch(prepared);
}

/** A statement that inserts many rows from one JSON parameter, staying far below D1's 100-parameter cap. */
export function jsonRowsInsert(db: Db, sqlText: string, rows: unknown[][], ...extra: unknown[]): D1PreparedStatement {
  return db.$client.prepare(sqlText).bind(JSON.stringify(rows), ...extra);
}
