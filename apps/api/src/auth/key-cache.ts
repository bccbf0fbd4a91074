/**
 * Recently verified API keys, per isolate, so that a busy client does not cost a D1 read per request.
 * An entry lives KEY_CACHE_TTL_MS; revoking a key or erasing a user clears it here at once, and other
 * isolates follow within the TTL.
 */
export const KEY_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  userId: string;
  keyId: string;
  until: number;
}

const entries = new Map<string, Entry>();

export function cachedKey(hash: string, now = Date.now()): Entry | undefined {
  const entry = entries.get(hash);
  if (!entry) return undefined;
  if (entry.until <= now) {
    entries.delete(hash);
    return undefined;
  }
  return entry;
}

export function rememberKey(hash: string, userId: string, keyId: string, now = Date.now()): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(hash, { userId, keyId, until: now + KEY_CACHE_TTL_MS });
}

/** Forgets keys matching the predicate (a revoked key, an erased user). */
export function forgetKeys(match: (entry: Entry) => boolean): void {
  for (const [hash, entry] of entries) if (match(entry)) entries.delete(hash);
}
