import { Recipe } from "./recipe-schema";
import type { RecipeStore, SharedRecipe, TaughtRecipe } from "./recipe-store";

interface KvListPage {
  keys: { name: string; expiration?: number }[];
  list_complete: boolean;
  cursor?: string;
}

/** The part of a Workers KV namespace the recipe store uses (structural: no Cloudflare import here). */
export interface KvLike {
  get(key: string, type: "json"): Promise<unknown>;
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  list(options: { prefix: string; limit?: number; cursor?: string }): Promise<KvListPage>;
}

/** KV layout of the recipes (v2; `tpl:v1:` keys of the single global recipe are ignored). */
export const RECIPE_KEYS = {
  own: (fp: string, user: string) => `tpl:v2:own:${fp}:${user}`,
  ownPrefix: (fp: string) => `tpl:v2:own:${fp}:`,
  shared: (fp: string) => `tpl:v2:shared:${fp}`,
  rejection: (fp: string, user: string) => `tpl:v2:rej:${fp}:${user}`,
  rejectionPrefix: (fp: string) => `tpl:v2:rej:${fp}:`,
  /** Written when enough users' answers for the format were rejected: read with a get, not a list. */
  rejectedFormat: (fp: string) => `tpl:v2:rejfmt:${fp}`,
  /** Index of the formats a user touched, for erasure. */
  user: (user: string, fp: string) => `tpl:v2:user:${user}:${fp}`,
  userPrefix: (user: string) => `tpl:v2:user:${user}:`,
};

/** KV's smallest expirationTtl. */
const MIN_TTL_SECONDS = 60;

/** The names of up to `limit` keys under `prefix`, page by page (KV pages hold at most 1,000). */
export async function listNames(kv: KvLike, prefix: string, limit = 1_000): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list({ prefix, limit: Math.min(1_000, limit - names.length), cursor });
    names.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor && names.length < limit);
  return names;
}

const PROMOTIONS: readonly SharedRecipe["promotedBy"][] = ["agreement", "admin", "rules"];

function sharedOf(value: unknown): SharedRecipe | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const recipe = Recipe.safeParse(v.recipe);
  const taughtBy = Array.isArray(v.taughtBy) ? v.taughtBy.filter((u): u is string => typeof u === "string") : null;
  const promotedBy = PROMOTIONS.find((p) => p === v.promotedBy);
  if (!recipe.success || !taughtBy || !promotedBy) return null;
  return { recipe: recipe.data, taughtBy, promotedBy };
}

/** Recipes in Workers KV (eventually consistent: a write is seen by other locations within about a minute). */
export function kvRecipeStore(kv: KvLike): RecipeStore {
  const recipeAt = async (key: string) => {
    const parsed = Recipe.safeParse(await kv.get(key, "json"));
    return parsed.success ? parsed.data : null;
  };
  return {
    own: (fp, user) => recipeAt(RECIPE_KEYS.own(fp, user)),
    shared: async (fp) => sharedOf(await kv.get(RECIPE_KEYS.shared(fp), "json")),
    async taught(fp, limit) {
      const prefix = RECIPE_KEYS.ownPrefix(fp);
      const names = await listNames(kv, prefix, limit);
      const read = async (name: string) => ({ user: name.slice(prefix.length), recipe: await recipeAt(name) });
      const taught = await Promise.all(names.map(read));
      return taught.filter((t): t is TaughtRecipe => t.recipe !== null);
    },
    async putOwn(fp, user, recipe) {
      await kv.put(RECIPE_KEYS.own(fp, user), JSON.stringify(recipe));
      await kv.put(RECIPE_KEYS.user(user, fp), "1");
    },
    putShared: (fp, shared) => kv.put(RECIPE_KEYS.shared(fp), JSON.stringify(shared)),
    async deleteOwn(fp, user) {
      const keys = [RECIPE_KEYS.own(fp, user), RECIPE_KEYS.rejection(fp, user), RECIPE_KEYS.user(user, fp)];
      await Promise.all(keys.map((key) => kv.delete(key)));
    },
    deleteShared: (fp) => kv.delete(RECIPE_KEYS.shared(fp)),
    // A get per check (billed as a read), not a list of the format's rejections (billed like a write): the list is
    // made only when a rejection is written, which is rare (docs/decisions.md, cost20).
    rejectedFor: async (fp, user) => (await kv.get(RECIPE_KEYS.rejection(fp, user), "json")) !== null,
    rejectedForMany: async (fp) => (await kv.get(RECIPE_KEYS.rejectedFormat(fp), "json")) !== null,
    async putRejection(fp, user, ttlSeconds, minUsers) {
      const expirationTtl = Math.max(MIN_TTL_SECONDS, Math.ceil(ttlSeconds));
      await kv.put(RECIPE_KEYS.rejection(fp, user), "1", { expirationTtl });
      await kv.put(RECIPE_KEYS.user(user, fp), "1");
      // Rejected for everyone while `minUsers` users' rejections last: until the minUsers-th latest expiry.
      const nowSeconds = Date.now() / 1000;
      const page = await kv.list({ prefix: RECIPE_KEYS.rejectionPrefix(fp), limit: 100 });
      const expiries = new Map(page.keys.map((k) => [k.name, k.expiration ?? nowSeconds + expirationTtl]));
      expiries.set(RECIPE_KEYS.rejection(fp, user), nowSeconds + expirationTtl);
      const until = [...expiries.values()].sort((x, y) => y - x)[minUsers - 1];
      if (until !== undefined && until - nowSeconds >= MIN_TTL_SECONDS)
        await kv.put(RECIPE_KEYS.rejectedFormat(fp), "1", { expirationTtl: Math.floor(until - nowSeconds) });
    },
    async formatsOf(user) {
      const prefix = RECIPE_KEYS.userPrefix(user);
      return (await listNames(kv, prefix, 100_000)).map((name) => name.slice(prefix.length));
    },
  };
}
