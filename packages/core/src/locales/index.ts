import { en } from "./packs/en";
import type { LocaleWords, LocalePack } from "./types";

export type { LocalePack, LocaleWords, NumberForm } from "./types";

/** Every locale pack the parser knows, by id. A registry test checks each is wired. */
export const LOCALES: readonly LocalePack[] = [en];

/** The words of one kind across every pack (deduplicated), e.g. every language's debit words. */
export function wordsOf(kind: keyof LocaleWords): readonly string[] {
  return [...new Set(LOCALES.flatMap((pack) => pack.words[kind]))];
}
