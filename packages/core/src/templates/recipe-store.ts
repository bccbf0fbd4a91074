import type { Recipe } from "./recipe-schema";

/**
 * A recipe offered to every user of its format, and why: `agreement` and `admin` serve everyone; `rules` (taught by
 * fewer users than must agree) reads another user's SMS only where the rules' reading of it agrees (`rule-check.ts`).
 */
export interface SharedRecipe {
  recipe: Recipe;
  /** Users whose answers taught it (erasing the last of them removes it, unless an admin promoted it). */
  taughtBy: string[];
  promotedBy: "agreement" | "admin" | "rules";
}

/** A recipe as one user taught it. */
export interface TaughtRecipe {
  user: string;
  recipe: Recipe;
}

/**
 * Port: where recipes live (KV in the Workers, memory in tests). Keys are per format (fingerprint) and,
 * for what one user taught, per user, so that no user's answer ever replaces another user's recipe.
 */
export interface RecipeStore {
  /** The recipe this user's own answer taught for the format. */
  own(fingerprint: string, user: string): Promise<Recipe | null>;
  /** The recipe shared by every user of the format. */
  shared(fingerprint: string): Promise<SharedRecipe | null>;
  /** Recipes of the format as each user taught them (at most `limit`). */
  taught(fingerprint: string, limit: number): Promise<TaughtRecipe[]>;
  putOwn(fingerprint: string, user: string, recipe: Recipe): Promise<void>;
  putShared(fingerprint: string, shared: SharedRecipe): Promise<void>;
  deleteOwn(fingerprint: string, user: string): Promise<void>;
  deleteShared(fingerprint: string): Promise<void>;
  /** Whether this user's answer for the format was rejected within the TTL. */
  rejectedFor(fingerprint: string, user: string): Promise<boolean>;
  /** Whether at least `minUsers` users' answers for the format were rejected within the TTL (set by putRejection). */
  rejectedForMany(fingerprint: string): Promise<boolean>;
  /**
   * Remembers this user's rejected answer, and the format as rejected for everyone once `minUsers` users' answers
   * were (checked here, when a rejection is written, so that reading it costs no KV list).
   */
  putRejection(fingerprint: string, user: string, ttlSeconds: number, minUsers: number): Promise<void>;
  /** Formats this user taught (or had rejected): what erasing the user must visit. */
  formatsOf(user: string): Promise<string[]>;
}
