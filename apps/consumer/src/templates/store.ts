import { Recipe } from "@smsledger/core";
import { Lru } from "./lru";

const KEY_PREFIX = "tpl:v1:";
/** How long "KV has no recipe for this fingerprint" is believed before asking KV again. */
const MISS_TTL_MS = 10_000;

type Cached = { recipe: Recipe } | { missUntil: number };
const cache = new Lru<string, Cached>(5_000);

/** Forgets what this isolate cached (tests). */
export function clearTemplateCache(): void {
  cache.clear();
}

/**
 * Learned recipes by template fingerprint: KV behind an in-isolate LRU. KV allows one write per
 * second per key and is eventually consistent, so a recipe is written once and only read after.
 */
export async function findRecipe(kv: KVNamespace, fingerprint: string, now = Date.now()): Promise<{ recipe: Recipe | null; from: "memory" | "kv" | "miss" }> {
  const cached = cache.get(fingerprint);
  if (cached && "recipe" in cached) return { recipe: cached.recipe, from: "memory" };
  if (cached && cached.missUntil > now) return { recipe: null, from: "miss" };
  const stored = await kv.get(KEY_PREFIX + fingerprint, "json");
  const recipe = Recipe.safeParse(stored);
  if (recipe.success) {
    cache.set(fingerprint, { recipe: recipe.data });
    return { recipe: recipe.data, from: "kv" };
  }
  cache.set(fingerprint, { missUntil: now + MISS_TTL_MS });
  return { recipe: null, from: "miss" };
}

/** Stores a newly learned recipe (once; a concurrent writer of the same key is not an error). */
export async function saveRecipe(kv: KVNamespace, fingerprint: string, recipe: Recipe): Promise<void> {
  cache.set(fingerprint, { recipe });
  try {
    await kv.put(KEY_PREFIX + fingerprint, JSON.stringify(recipe));
  } catch (error) {
    console.error("recipe write skipped", fingerprint, error);
  }
}
