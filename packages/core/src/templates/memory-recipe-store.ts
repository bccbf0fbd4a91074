import type { Recipe } from "./recipe-schema";
import type { RecipeStore, SharedRecipe } from "./recipe-store";

/**
 * Recipes in memory, with the same per-user keys as KV: the store of the CLI and of the read policy's
 * plain-Node tests. `now` drives the expiry of rejections.
 */
export function memoryRecipeStore(now: () => number = Date.now): RecipeStore {
  const own = new Map<string, Map<string, Recipe>>();
  const shared = new Map<string, SharedRecipe>();
  const rejected = new Map<string, Map<string, number>>();
  const rejectedFormats = new Map<string, number>();
  const formats = new Map<string, Set<string>>();
  const touch = (user: string, fp: string) => formats.set(user, (formats.get(user) ?? new Set()).add(fp));
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    own: async (fp, user) => clone(own.get(fp)?.get(user) ?? null),
    shared: async (fp) => clone(shared.get(fp) ?? null),
    taught: async (fp, limit) =>
      [...(own.get(fp) ?? new Map<string, Recipe>())]
        .slice(0, limit)
        .map(([user, recipe]) => ({ user, recipe: clone(recipe) })),
    async putOwn(fp, user, recipe) {
      own.set(fp, (own.get(fp) ?? new Map()).set(user, clone(recipe)));
      touch(user, fp);
    },
    putShared: async (fp, entry) => void shared.set(fp, clone(entry)),
    async deleteOwn(fp, user) {
      own.get(fp)?.delete(user);
      rejected.get(fp)?.delete(user);
      formats.get(user)?.delete(fp);
    },
    deleteShared: async (fp) => void shared.delete(fp),
    rejectedFor: async (fp, user) => (rejected.get(fp)?.get(user) ?? 0) > now(),
    rejectedForMany: async (fp) => (rejectedFormats.get(fp) ?? 0) > now(),
    async putRejection(fp, user, ttlSeconds, minUsers) {
      const users = rejected.get(fp) ?? new Map<string, number>();
      rejected.set(fp, users.set(user, now() + ttlSeconds * 1000));
      touch(user, fp);
      // Rejected for everyone while `minUsers` users' rejections last: until the minUsers-th latest expiry.
      const latest = [...users.values()].filter((u) => u > now()).sort((x, y) => y - x)[minUsers - 1];
      if (latest !== undefined) rejectedFormats.set(fp, latest);
    },
    formatsOf: async (user) => [...(formats.get(user) ?? [])],
  };
}
