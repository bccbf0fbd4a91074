/**
 * Learned templates across users (issue 14 §3). A recipe learned from one user's SMS serves that user at
 * once; it serves every user only once this many distinct users' upstream answers taught the same recipe
 * for that format (or an admin promoted it). 2 = one other user must independently agree.
 */
export const RECIPE_SHARE_MIN_USERS = 2;

/**
 * A recipe fewer than RECIPE_SHARE_MIN_USERS users taught may read another user's SMS where the rules' own reading
 * of that SMS agrees with it on intent, direction, amount, currency and account (issue 16: one upstream call per
 * format, not two). Off: such a user asks the upstream for themselves, as before. Consumer var of the same name.
 */
export const RECIPE_RULES_CHECK = true;

/** How long a format whose upstream answer was rejected (not grounded in the text) is not asked about again. */
export const RECIPE_REJECTION_TTL_SECONDS = 24 * 3_600;

/** Personal recipes of one format read when counting agreement (a bound on KV reads per learning). */
export const RECIPE_AGREEMENT_SCAN = 20;
