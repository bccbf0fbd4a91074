import {
  RECIPE_AGREEMENT_SCAN,
  RECIPE_REJECTION_TTL_SECONDS,
  RECIPE_RULES_CHECK,
  RECIPE_SHARE_MIN_USERS,
} from "@smsledger/config";
import { UPSTREAM_VERSION } from "../upstream/version";
import { RECIPE_VERSION, type Recipe } from "./recipe-schema";
import type { RecipeStore, SharedRecipe } from "./recipe-store";

/** When a recipe is trusted across users, and how long a rejected format is not asked about again. */
export interface TrustSettings {
  shareMinUsers: number;
  rejectionTtlSeconds: number;
  /** UPSTREAM_VERSION of today's prompt and schema; recipes learned under another are not used. */
  upstreamVersion: string;
  /** A recipe taught by fewer than `shareMinUsers` users reads other users' SMS where their rules agree with it. */
  rulesCheck: boolean;
}

export const DEFAULT_TRUST: TrustSettings = {
  shareMinUsers: RECIPE_SHARE_MIN_USERS,
  rejectionTtlSeconds: RECIPE_REJECTION_TTL_SECONDS,
  upstreamVersion: UPSTREAM_VERSION,
  rulesCheck: RECIPE_RULES_CHECK,
};

const current = (recipe: Recipe | null | undefined, trust: TrustSettings): Recipe | null =>
  recipe && recipe.version === RECIPE_VERSION && recipe.learnedWith === trust.upstreamVersion ? recipe : null;

/** What a recipe reads, without who taught it: two users agree when their recipes have the same shape. */
export function recipeShape(recipe: Recipe): string {
  const { learnedFrom: _from, ...shape } = recipe;
  return JSON.stringify(shape);
}

/** A recipe for a user's SMS; `checked`: taught by other users only, it reads an SMS only where the rules agree. */
export interface Serving {
  recipe: Recipe;
  checked: boolean;
}

/**
 * The recipe serving this user for a format: the one they taught, else the shared one (`checked` when fewer than
 * `shareMinUsers` users taught it, and only with `rulesCheck`); null if none is current.
 */
export async function recipeServing(
  store: RecipeStore,
  fingerprint: string,
  user: string,
  trust = DEFAULT_TRUST,
): Promise<Serving | null> {
  const own = current(await store.own(fingerprint, user), trust);
  if (own) return { recipe: own, checked: false };
  const shared = await store.shared(fingerprint);
  const recipe = current(shared?.recipe, trust);
  if (!recipe) return null;
  if (shared?.promotedBy !== "rules") return { recipe, checked: false };
  return trust.rulesCheck ? { recipe, checked: true } : null;
}

/** The recipe serving every SMS of this user's format (their own, else one shared by agreement or an admin). */
export async function recipeFor(
  store: RecipeStore,
  fingerprint: string,
  user: string,
  trust = DEFAULT_TRUST,
): Promise<Recipe | null> {
  const serving = await recipeServing(store, fingerprint, user, trust);
  return serving && !serving.checked ? serving.recipe : null;
}

/**
 * Whether this user's SMS of the format should not be sent upstream again: a recent answer of theirs was rejected,
 * or enough users' answers were (`shareMinUsers`, applied by rememberRejection when it writes).
 */
export async function isRejected(store: RecipeStore, fingerprint: string, user: string): Promise<boolean> {
  return (await store.rejectedFor(fingerprint, user)) || (await store.rejectedForMany(fingerprint));
}

export async function rememberRejection(store: RecipeStore, fingerprint: string, user: string, trust = DEFAULT_TRUST) {
  await store.putRejection(fingerprint, user, trust.rejectionTtlSeconds, trust.shareMinUsers);
}

export type Remembered = "own" | "shared" | "kept";

/**
 * Keeps a recipe learned from this user's answer: as theirs (never over another user's), and as the
 * shared recipe once `shareMinUsers` distinct users taught the same shape. An existing shared recipe
 * is never replaced, except one offered for the rules' check (`rules`), by agreement. With `rulesCheck`,
 * the first recipe of a format is also offered for the rules' check (still "own": it serves others
 * only where their rules agree). "kept" = the user already had this very recipe.
 */
export async function rememberRecipe(
  store: RecipeStore,
  fingerprint: string,
  user: string,
  recipe: Recipe,
  trust = DEFAULT_TRUST,
): Promise<Remembered> {
  const shape = recipeShape(recipe);
  const own = await store.own(fingerprint, user);
  if (!own || recipeShape(own) !== shape) await store.putOwn(fingerprint, user, recipe);
  if (current(own, trust) && recipeShape(own as Recipe) === shape) return "kept";
  const shared = await store.shared(fingerprint);
  const offered = current(shared?.recipe, trust) !== null;
  if (offered && shared?.promotedBy !== "rules") return "own";
  // The recipe offered for the rules' check has this shape: its teachers agree with this user. When they are
  // enough, no list of every teacher is needed (a KV list is billed like a write; docs/decisions.md, cost20).
  if (offered && shared && recipeShape(shared.recipe) === shape) {
    const users = [...new Set([...shared.taughtBy, user])];
    if (users.length >= trust.shareMinUsers) {
      await store.putShared(fingerprint, { recipe, taughtBy: users, promotedBy: "agreement" });
      return "shared";
    }
  }
  // With the rules' check, a format with nothing offered has no teacher to agree with (each answer is offered, and
  // the offer's teachers are in its taughtBy): its first answer is offered without listing the format's recipes.
  // Teachers the list could still find (two first answers in two places at once) agree later, through the offer.
  const taught = trust.rulesCheck && !offered ? [] : await store.taught(fingerprint, RECIPE_AGREEMENT_SCAN);
  const agreeing = taught.filter((t) => recipeShape(t.recipe) === shape).map((t) => t.user);
  const users = [...new Set([...agreeing, user])];
  if (users.length >= trust.shareMinUsers) {
    await store.putShared(fingerprint, { recipe, taughtBy: users, promotedBy: "agreement" });
    return "shared";
  }
  if (trust.rulesCheck && !offered)
    await store.putShared(fingerprint, { recipe, taughtBy: users, promotedBy: "rules" });
  return "own";
}

export type Promotion = { ok: true; shared: SharedRecipe } | { ok: false; reason: "not_found" | "ambiguous" };

/**
 * An admin shares a format's recipe with every user: the one `user` taught, or, without a user, the only
 * shape any user taught ("ambiguous" when users taught different ones).
 */
export async function promoteRecipe(
  store: RecipeStore,
  fingerprint: string,
  user?: string,
  trust = DEFAULT_TRUST,
): Promise<Promotion> {
  const taught = (await store.taught(fingerprint, RECIPE_AGREEMENT_SCAN)).filter((t) => current(t.recipe, trust));
  const chosen = user === undefined ? taught : taught.filter((t) => t.user === user);
  const first = chosen[0];
  if (!first) return { ok: false, reason: "not_found" };
  const shape = recipeShape(first.recipe);
  if (chosen.some((t) => recipeShape(t.recipe) !== shape)) return { ok: false, reason: "ambiguous" };
  const taughtBy = taught.filter((t) => recipeShape(t.recipe) === shape).map((t) => t.user);
  const shared: SharedRecipe = { recipe: first.recipe, taughtBy, promotedBy: "admin" };
  await store.putShared(fingerprint, shared);
  return { ok: true, shared };
}

/**
 * Erases what a user taught: their own recipes, and shared recipes that only they taught (a recipe that
 * several users taught stays, without this user in `taughtBy`).
 */
export async function forgetUser(store: RecipeStore, user: string): Promise<{ own: number; shared: number }> {
  let own = 0;
  let shared = 0;
  for (const fingerprint of await store.formatsOf(user)) {
    if (await store.own(fingerprint, user)) own++;
    await store.deleteOwn(fingerprint, user);
    const entry = await store.shared(fingerprint);
    if (!entry?.taughtBy.includes(user)) continue;
    const rest = entry.taughtBy.filter((u) => u !== user);
    if (rest.length === 0) {
      await store.deleteShared(fingerprint);
      shared++;
    } else await store.putShared(fingerprint, { ...entry, taughtBy: rest });
  }
  return { own, shared };
}
