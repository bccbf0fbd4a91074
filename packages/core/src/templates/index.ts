export { templateOf, templateOfTokens } from "./template-of";
export { fingerprint } from "./fingerprint";
export { senderEntity } from "./sender";
export { fnv1a64Hex } from "./hash";
export { SLOT_KINDS, tokenize, currencyOfAmount } from "./tokenize";
export type { SlotKind, SlotToken, TextToken, Token } from "./tokenize";
export { parseDateText, parseTimeText } from "./dates";
export type { LocalDateTime, NumericDateOrder } from "./dates";
export { Recipe, RECIPE_VERSION, TextRule, AmountRule, DateRule } from "./recipe-schema";
export { learnFromAnswer, learnRecipe } from "./learn";
export type { Learned } from "./learn";
export { readAmountMinor, toAsciiDigits } from "./numbers";
export { CURRENCY_MARKERS } from "./currency-markers";
export { applyRecipe, RECIPE_CONFIDENCE } from "./apply";
export type { RecipeStore, SharedRecipe, TaughtRecipe } from "./recipe-store";
export {
  DEFAULT_TRUST,
  forgetUser,
  isRejected,
  promoteRecipe,
  recipeFor,
  recipeServing,
  recipeShape,
  rememberRecipe,
  rememberRejection,
} from "./recipe-book";
export type { Promotion, Remembered, Serving, TrustSettings } from "./recipe-book";
export { kvRecipeStore, listNames, RECIPE_KEYS } from "./kv-recipe-store";
export type { KvLike } from "./kv-recipe-store";
export { memoryRecipeStore } from "./memory-recipe-store";
