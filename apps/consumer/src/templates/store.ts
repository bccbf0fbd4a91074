import {
  kvRecipeStore,
  listNames,
  RECIPE_KEYS,
  type Recipe,
  type RecipeStore,
  type SharedRecipe,
} from "@smsledger/core";
import { Lru } from "./lru";

/** How long a KV miss (no recipe, no rejection) is believed in this isolate before asking KV again. */
const MISS_TTL_MS = 10_000;
/** How long a recipe read from KV is kept (erasing a user or a promotion is seen within this time). */
const HIT_TTL_MS = 5 * 60_000;
/**
 * How long a format's rejections (two KV gets: this user's, and the format's once enough users' answers were
 * rejected) are believed in this isolate. A rejection this isolate writes is seen at once; one written by another
 * isolate within this time (at worst one more call there).
 */
const REJECTIONS_TTL_MS = 60_000;

type Cached<T> = { value: T; until: number };
const own = new Lru<string, Cached<Recipe | null>>(5_000);
const shared = new Lru<string, Cached<SharedRecipe | null>>(5_000);
const rejectedMine = new Lru<string, Cached<boolean>>(5_000);
const rejectedMany = new Lru<string, Cached<boolean>>(5_000);

/** Forgets what this isolate cached (tests). */
export function clearTemplateCache(): void {
  own.clear();
  shared.clear();
  rejectedMine.clear();
  rejectedMany.clear();
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

/** A user's own recipe for a format, through this isolate's cache (a hit for HIT_TTL_MS, a miss for MISS_TTL_MS). */
function ownOf(store: RecipeStore, fp: string, user: string): Promise<Recipe | null> {
  return cached(
    own,
    `${fp}:${user}`,
    () => store.own(fp, user),
    (v) => v === null,
  );
}

/** A user's own recipe as the list of taught recipes needs it: a cached recipe, else read from KV (and cached). */
async function listedOwn(store: RecipeStore, fp: string, user: string): Promise<Recipe | null> {
  const now = Date.now();
  const key = `${fp}:${user}`;
  const hit = own.get(key);
  if (hit?.value && hit.until > now) return hit.value;
  const value = await store.own(fp, user);
  own.set(key, { value, until: now + (value === null ? MISS_TTL_MS : HIT_TTL_MS) });
  return value;
}

/**
 * The recipes users taught for a format: KV's list of the format's own keys says who (never cached), and each
 * recipe is read through the own cache, where this isolate's putOwn left it, instead of one KV read per user on
 * every answer. A user the list names but the cache holds as a miss is read from KV (the list is newer).
 */
async function taughtOf(kv: KVNamespace, store: RecipeStore, fp: string, limit: number) {
  const prefix = RECIPE_KEYS.ownPrefix(fp);
  const users = (await listNames(kv, prefix, limit)).map((name) => name.slice(prefix.length));
  const recipes = await Promise.all(users.map((user) => listedOwn(store, fp, user)));
  return users.flatMap((user, i) => {
    const recipe = recipes[i];
    return recipe ? [{ user, recipe }] : [];
  });
}

/**
 * The recipe store of the consumer: KV (core's layout) behind per-isolate LRUs. KV allows one write per
 * second per key and is eventually consistent; writes go through to KV and to this isolate's cache.
 */
export function recipeStore(kv: KVNamespace): RecipeStore {
  const store = kvRecipeStore(kv);
  return {
    ...store,
    own: (fp, user) => ownOf(store, fp, user),
    taught: (fp, limit) => taughtOf(kv, store, fp, limit),
    shared: (fp) =>
      cached(
        shared,
        fp,
        () => store.shared(fp),
        (v) => v === null,
      ),
    rejectedFor: (fp, user) =>
      cached(
        rejectedMine,
        `${fp}:${user}`,
        () => store.rejectedFor(fp, user),
        () => true,
        REJECTIONS_TTL_MS,
      ),
    rejectedForMany: (fp) =>
      cached(
        rejectedMany,
        fp,
        () => store.rejectedForMany(fp),
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
    async putRejection(fp, user, ttlSeconds, minUsers) {
      rejectedMine.set(`${fp}:${user}`, { value: true, until: Date.now() + REJECTIONS_TTL_MS });
      rejectedMany.delete(fp);
      await store.putRejection(fp, user, ttlSeconds, minUsers);
    },
  };
}
