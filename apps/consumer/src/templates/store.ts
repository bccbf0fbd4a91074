import { kvRecipeStore, type Recipe, type RecipeStore, type SharedRecipe } from "@smsledger/core";
import { Lru } from "./lru";

/** How long a KV miss (no recipe, no rejection) is believed in this isolate before asking KV again. */
const MISS_TTL_MS = 10_000;
/** How long a recipe read from KV is kept (erasing a user or a promotion is seen within this time). */
const HIT_TTL_MS = 5 * 60_000;
/**
 * How long a format's rejections (a KV list, billed like a write) are believed in this isolate. A rejection this
 * isolate writes is seen at once; one written by another isolate within this time (at worst one more call there).
 */
const REJECTIONS_TTL_MS = 60_000;

type Cached<T> = { value: T; until: number };
const own = new Lru<string, Cached<Recipe | null>>(5_000);
const shared = new Lru<string, Cached<SharedRecipe | null>>(5_000);
const rejections = new Lru<string, Cached<string[]>>(5_000);

/** Forgets what this isolate cached (tests). */
export function clearTemplateCache(): void {
  own.clear();
  shared.clear();
  rejections.clear();
}

/** A hit is kept for HIT_TTL_MS, a miss for MISS_TTL_MS (or `ttl` for both). */
async function cached<T>(
  lru: Lru<string, Cached<T>>,
  key: string,
  load: () => Promise<T>,
  empty: (v: T) => boolean,
  ttl?: number,
): Promise<T> {
  const now = Date.now();
  const hit = lru.get(key);
  if (hit && hit.until > now) return hit.value;
  const value = await load();
  lru.set(key, { value, until: now + (ttl ?? (empty(value) ? MISS_TTL_MS : HIT_TTL_MS)) });
  return value;
}

/**
 * The recipe store of the consumer: KV (core's layout) behind per-isolate LRUs. KV allows one write per
 * second per key and is eventually consistent; writes go through to KV and to this isolate's cache.
 */
export function recipeStore(kv: KVNamespace): RecipeStore {
  const store = kvRecipeStore(kv);
  return {
    ...store,
    own: (fp, user) =>
      cached(
        own,
        `${fp}:${user}`,
        () => store.own(fp, user),
        (v) => v === null,
      ),
    shared: (fp) =>
      cached(
        shared,
        fp,
        () => store.shared(fp),
        (v) => v === null,
      ),
    rejections: (fp) =>
      cached(
        rejections,
        fp,
        () => store.rejections(fp),
        () => true,
        REJECTIONS_TTL_MS,
      ),
    async putOwn(fp, user, recipe) {
      own.set(`${fp}:${user}`, { value: recipe, until: Date.now() + HIT_TTL_MS });
      await store.putOwn(fp, user, recipe);
    },
    async putShared(fp, entry) {
      shared.set(fp, { value: entry, until: Date.now() + HIT_TTL_MS });
      await store.putShared(fp, entry);
    },
    async putRejection(fp, user, ttlSeconds) {
      rejections.delete(fp);
      await store.putRejection(fp, user, ttlSeconds);
    },
  };
}
