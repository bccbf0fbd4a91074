import { am } from "./packs/am";
import { ar } from "./packs/ar";
import { bn } from "./packs/bn";
import { cs } from "./packs/cs";
import { de } from "./packs/de";
import { en } from "./packs/en";
import { es } from "./packs/es";
import { fa } from "./packs/fa";
import { fr } from "./packs/fr";
import { hi } from "./packs/hi";
import { id } from "./packs/id";
import { it } from "./packs/it";
import { ja } from "./packs/ja";
import { ko } from "./packs/ko";
import { ne } from "./packs/ne";
import { nl } from "./packs/nl";
import { pt } from "./packs/pt";
import { ru } from "./packs/ru";
import { sw } from "./packs/sw";
import { th } from "./packs/th";
import { tr } from "./packs/tr";
import { uk } from "./packs/uk";
import { vi } from "./packs/vi";
import { ur } from "./packs/ur";
import { kk } from "./packs/kk";
import { zh } from "./packs/zh";
import { si } from "./packs/si";
import { pl } from "./packs/pl";
import { uz } from "./packs/uz";
import { be } from "./packs/be";
import { ka } from "./packs/ka";
import { az } from "./packs/az";
import { rw } from "./packs/rw";
import { ny } from "./packs/ny";
import { ms } from "./packs/ms";
import { ta } from "./packs/ta";
import { mr } from "./packs/mr";
import { te } from "./packs/te";
import { kn } from "./packs/kn";
import { ml } from "./packs/ml";
import { gu } from "./packs/gu";
import { pa } from "./packs/pa";
import { or } from "./packs/or";
import type { LocaleWords, LocalePack } from "./types";

export type { LocalePack, LocaleWords, NumberForm } from "./types";

/** Every locale pack the parser knows, by id. A registry test checks each is wired. */
export const LOCALES: readonly LocalePack[] = [
  en,
  hi,
  sw,
  ar,
  fa,
  ru,
  th,
  ne,
  bn,
  tr,
  cs,
  pt,
  am,
  ur,
  de,
  fr,
  uk,
  es,
  it,
  id,
  vi,
  ja,
  ko,
  nl,
  kk,
  zh,
  si,
  pl,
  uz,
  be,
  ka,
  az,
  rw,
  ny,
  ms,
  ta,
  mr,
  te,
  kn,
  ml,
  gu,
  pa,
  or,
];

/** The words of one kind across every pack (deduplicated), e.g. every language's debit words. */
export function wordsOf(kind: keyof LocaleWords): readonly string[] {
  return [...new Set(LOCALES.flatMap((pack) => pack.words[kind] ?? []))];
}
