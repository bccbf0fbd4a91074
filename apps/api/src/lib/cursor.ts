import type { TransactionCursor } from "@smsledger/db";

/** Opaque cursor: base64url of `[occurred_at_ms, id]`. */
export function encodeCursor(cursor: TransactionCursor): string {
  return btoa(JSON.stringify([cursor.occurredAtMs, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The cursor, or null when the text is not one this API issued. */
export function decodeCursor(text: string): TransactionCursor | null {
  try {
    const value: unknown = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [occurredAtMs, id] = value as unknown[];
    if (typeof occurredAtMs !== "number" || !Number.isSafeInteger(occurredAtMs) || typeof id !== "string") return null;
    return { occurredAtMs, id };
  } catch {
    return null;
  }
}
