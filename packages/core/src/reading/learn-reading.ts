import type { ParseInput, ParseResult } from "../schemas/parse-result";
import { fingerprint } from "../templates/fingerprint";
import { learnFromAnswer, type Learned } from "../templates/learn";
import { DEFAULT_TRUST, rememberRecipe, type Remembered, type TrustSettings } from "../templates/recipe-book";
import type { RecipeStore } from "../templates/recipe-store";

/** What a confirmed reading taught: the grounded reading and recipe (`learnFromAnswer`), and where the recipe went. */
export interface LearnedReading extends Learned {
  fingerprint: string;
  /** `own`/`shared` when stored, `kept` when an existing recipe stayed; null when nothing was learnable. */
  remembered: Remembered | null;
}

/**
 * Learns from one confirmed reading of a user's SMS exactly as from an upstream answer: grounds it field by field
 * (`learnFromAnswer`) and stores the recipe for that user (shared once enough users agree, `rememberRecipe`). The
 * read policy calls it with each upstream answer; a review's resolve (`POST /v1/sms/:id/resolve`) calls it with the
 * fields the user confirmed. `reading` is null when the fields cannot be grounded in the text (see `notes`).
 */
export async function learnFromReading(
  recipes: RecipeStore,
  input: ParseInput,
  user: string,
  reading: ParseResult,
  trust: TrustSettings = DEFAULT_TRUST,
): Promise<LearnedReading> {
  const fp = fingerprint(input.sender, input.body);
  const learned = learnFromAnswer(input, reading, trust.upstreamVersion);
  const remembered = learned.recipe ? await rememberRecipe(recipes, fp, user, learned.recipe, trust) : null;
  return { ...learned, fingerprint: fp, remembered };
}
