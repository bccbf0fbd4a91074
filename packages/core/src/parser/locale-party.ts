/**
 * The other party of an alert in another language, from the locale packs' words: the name after a payer or payee
 * word ("от Иван П.", "kutoka kwa JUMA ALLY", "لدى CAREEM", "chez CARREFOUR CITY", "dari BUDI SANTOSO") or before
 * a word that follows it ("AYSE YILMAZ tarafindan", "MIGROS KADIKOY isyerinden"). A name is a run of capitalised
 * or caseless-script tokens; it ends at a lower-case word, a number, a currency, a pack word or a line/field break.
 */
import { LOCALES } from "../locales";
import { TOKENS } from "../locales/currencies";
import { isCurrencyToken } from "./money-signal";
import { occurrenceFinder } from "./substrings";

// Regexes of the name readers below, built once (a literal in a function is a new object at every call).
const R_UPPER_1_3 = /^\p{Lu}{1,3}$/u;
const R_TRAILING_PUNCT = /[.,;:]+$/;
const R_APOSTROPHE_TAIL = /['’].*$/;
const R_DIGIT_START = /^\d/;
const R_DIGITS_DASH_LETTER = /^\d+-\p{L}/u;
const R_DIGITS_DASH_UPPER = /^\d+-\p{Lu}/u;
const R_ALL_UPPER = /^\p{Lu}+$/u;
const R_UPPER_DOTS = /^\p{Lu}[\p{Lu}.]*$/u;
const R_UPPER_2 = /^\p{Lu}{2,}$/u;
const R_DASH_OR_AN = /^(?:-|a\/n)$/i;
const R_ATM = /^atm\b/i;
const R_STORE_NUMBER = /^\d{1,5}[.,;]?$/;
const R_MIXED_CASE_WORD = /^\p{Lu}\p{Ll}/u;
const R_NAME_SLASH = /^(\p{L}{2,})\/./u;
const R_INITIAL = /^\p{Lu}\.$/u;
const R_LOWER = /\p{Ll}/u;
const R_COMMA_END = /[,;!?]$/;
const R_CLOCK = /^\d{1,2}:\d{2}$/;
const R_DOT_END = /\.$/;
const R_LETTER_DOT = /^\p{L}\.$/u;
const R_DASH_AMP = /^[-&]$/;
const R_SPACED_START = /^[a-zа-яё]/;
const R_SPACED_END = /[a-zа-яё]$/;
const R_LEADING_SEP = /^[\s:：-]+/;
const R_MASK_OR_NUMBER = /^[x*#•.\d][\dx*#•.:/-]*$/i;

/** Words a payer's name follows (money in), and a payee's or merchant's (money out). */
const PAYER: readonly string[] = uniq(LOCALES.flatMap((p) => p.words.payer ?? []));
const PAYEE: readonly string[] = uniq(LOCALES.flatMap((p) => p.words.party ?? []));
const BEFORE: readonly string[] = uniq(LOCALES.flatMap((p) => p.words.partyBefore ?? []));
/** Every pack word (any kind), lower-case: a name never contains one ("Баланс", "Dostupno", "Karta"); a one-letter
 * word ("a", "в") may be an initial ("MARCOS A LIMA"). */
const PACK_WORDS: ReadonlySet<string> = new Set(
  LOCALES.flatMap((p) => Object.values(p.words).flat()).filter((w) => !w.includes(" ") && w.length > 1),
);
/** Account and card words of every pack ("карта", "karta", "счет"): skipped before a name printed after an amount. */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(LOCALES.flatMap((p) => p.words.account));
/** Short connectors of caseless scripts that end a name ("في" on, "بتاريخ" dated, Amharic "ቀን" date). */
const CASELESS_STOP: ReadonlySet<string> = new Set([
  "في",
  "بتاريخ",
  "عبر",
  "إلى",
  "الى",
  "على",
  "بـ",
  "สำเร็จ",
  "วันที่",
  "เวลา",
  "เหลือ",
  "เลขที่รายการ",
  "เลขที่",
  "บัญชี",
  "انجام",
  "ቀን",
  // "CARREFOUR MAADI يوم 05/11": on (the day); "مریم احمدی به حساب شما": to; Amharic "በ 12/11": on (a date).
  "يوم",
  "به",
  "በ",
  // "إلى حسابك الآخر": your own account or card is no party.
  "حسابك",
  "حسابكم",
  "بطاقتك",
  "بطاقتكم",
]);

/** A currency token standing alone; a token printed only glued to digits ("R120.00") is an initial here ("JOAO P SILVA"). */
function currencyWord(token: string): boolean {
  return isCurrencyToken(token) && TOKENS.get(token.toLowerCase())?.glued !== true;
}

function uniq(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Words that name a channel, not a party ("ATM nakit cekim", "Thank you for Banking with"), cash machines in any
 * language ("Geldautomat", "банкомат") included: an ATM is no counterparty. */
const GENERIC: ReadonlySet<string> = new Set([
  "atm",
  "pos",
  "cash",
  "pin",
  "otp",
  "sms",
  "banking",
  "p2p",
  "geldautomat",
  "bankomat",
  "bancomat",
  "банкомат",
  "cajero",
  // Indian payment rails printed after the amount ("रु. 2,500.00 UPI द्वारे वजा ..", "ரூ.450.00 UPI மூலம் ..").
  "upi",
  "imps",
  "neft",
  "rtgs",
  "nach",
]);
const UPPER = /^[\p{Lu}*&@]/u;
/** The first letter's script among Latin, Cyrillic and Arabic ("" for others and for no letter). */
const FIRST_LETTER = /\p{L}/u;
function scriptOf(token: string): string {
  const c = FIRST_LETTER.exec(token)?.[0];
  if (c === undefined) return "";
  if (/\p{Script=Latin}/u.test(c)) return "l";
  if (/\p{Script=Cyrillic}/u.test(c)) return "c";
  return /\p{Script=Arabic}/u.test(c) ? "a" : "";
}
// Georgian letters are lower case to Unicode (Mkhedruli, U+10D0..), but Georgian prints no capitals: caseless here.
const CASELESS = /^[\p{Lo}\u10d0-\u10ff]/u;
const MASKED = /^\+?[\d*#•][\dx*#•]{3,}\d$/i;

/** Payer and payee words of one to three letters ("tai", "de", "od"): in capitals inside a name they are part of it. */
const CONNECTORS: ReadonlySet<string> = new Set([...PAYER, ...PAYEE].filter((w) => /^\p{L}{1,3}$/u.test(w)));
function capitalConnector(token: string): boolean {
  return R_UPPER_1_3.test(token) && CONNECTORS.has(token.toLowerCase());
}

/** Particles of names printed in lower case between capitalised words ("Sanne de Vries", "Ana da Silva"). */
const PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "van",
  "der",
  "den",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "di",
  "von",
]);
/** Whether `t` is such a particle between two mixed-case words of a name ("Sanne" de "Vries"; not "JUAN de Bancolombia"). */
function mixedCaseParticle(prev: string, t: string, next: string | undefined): boolean {
  const mixed = /^\p{Lu}\p{Ll}+$/u;
  return PARTICLES.has(t) && mixed.test(prev) && next !== undefined && mixed.test(next) && nameToken(next);
}

/** Whether a token can be part of a name. */
function nameToken(token: string): boolean {
  const bare = token.replace(R_TRAILING_PUNCT, "");
  if (bare === "" || bare === "-" || bare === "&") return bare !== "";
  if (PACK_WORDS.has(bare.toLowerCase()) || currencyWord(bare) || CASELESS_STOP.has(bare)) return false;
  // "7-ELEVEN" is a name; "14:22", "1,280" are not. "ATM'den": a Turkish case suffix after the apostrophe does not
  // make a channel a name.
  const generic = GENERIC.has(bare.toLowerCase().replace(R_APOSTROPHE_TAIL, ""));
  if ((R_DIGIT_START.test(bare) && !R_DIGITS_DASH_LETTER.test(bare)) || generic) return false;
  return UPPER.test(bare) || CASELESS.test(bare) || R_DIGITS_DASH_UPPER.test(bare);
}

/** Company forms printed in lower case after a name ("a.s.", "s.r.o.", "s.a.", "sp. z o.o." starts with "sp."). */
const LEGAL_FORM = /^(?:a\.s\.|s\.r\.o\.|s\.a\.|s\.l\.|s\.p\.a\.|sp\.|gmbh|ag|ltda?\.?)[,;]?$/;

/** English pack words: never part of a name ("JOHN SMITH TO ACCT"). */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  LOCALES.filter((p) => p.id === "en").flatMap((p) => Object.values(p.words).flat()),
);
/** Another language's short word inside an upper-case name, between two name tokens ("LE VAN C.", "JOAO DE SOUZA",
 * "MARIA DA SILVA"): Dutch "van" and Spanish "de" are pack words, but not in capitals mid-name. */
function nameParticle(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1] ?? "";
  if (t.length > 4 || !R_ALL_UPPER.test(t) || ENGLISH_WORDS.has(t.toLowerCase())) return false;
  return R_UPPER_DOTS.test(next) && (nameToken(next) || nameParticle(tokens, i + 1));
}

/** Whether the payer or payee word at `i` is a particle inside an upper-case name ("tu LE VAN C.": not "van C."). */
export function insideName(line: string, i: number, length: number, plain = false): boolean {
  const prev = plain ? lastToken(line.slice(0, i)) : tokenBefore(line, i);
  if (!R_UPPER_2.test(prev) || ENGLISH_WORDS.has(prev.toLowerCase())) return false;
  const tokens = line.slice(i).split(/\s+/, 3);
  return tokens[0]!.length === length && nameParticle(tokens, 0);
}

/** The last whitespace-separated token of `s` ("" when none). */
function lastToken(s: string): string {
  const before = s.trimEnd().split(/\s+/);
  return before[before.length - 1] ?? "";
}

/** Speed: `lastToken(line.slice(0, i))` without splitting the whole start of the line. */
function tokenBefore(line: string, i: number): string {
  let end = i;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(line.charCodeAt(start - 1))) start--;
  return line.slice(start, end);
}

/** Whether a UTF-16 code unit is one of JavaScript's white space or line terminators (what `\s` and `trim` take). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Tokens of a name from `tokens[i]` on (a name ends at a token with ",", ";" or a sentence "."). */
function nameFrom(tokens: readonly string[], i: number): string | null {
  const out: string[] = [];
  // A masked phone or an account number before the name ("kutoka 2557XXXX1123 - ASHA MUSA"), and "A/N" (Indonesian
  // "in the name of": "ke 1234567890 A/N BUDI SANTOSO").
  while (i < tokens.length && (MASKED.test(tokens[i]!) || R_DASH_OR_AN.test(tokens[i]!)) && out.length === 0) i++;
  for (; i < tokens.length && out.length < 6; i++) {
    const t = tokens[i]!;
    // "at DBBL ATM MIRPUR-10": the bank's ATM, a place, not a party (as in `counterparty.ts`).
    if (out.length > 0 && R_ATM.test(t)) return null;
    // "SKODA AUTO a.s.": a lower-case legal form ends the name.
    if (out.length > 0 && LEGAL_FORM.test(t)) {
      out.push(t);
      break;
    }
    // "PYATEROCHKA 8112 Баланс", "ALBERT PRAHA 4, 18.11.2026": a store or branch number ends the merchant's name
    // (not an amount: no currency or further digits after it).
    if (out.length > 0 && R_STORE_NUMBER.test(t)) {
      const next = (tokens[i + 1] ?? "").replace(R_TRAILING_PUNCT, "");
      // "EXITO CALLE 80 05:22": a time after the number is no amount either.
      if ((!R_DIGIT_START.test(next) || R_CLOCK.test(next)) && !currencyWord(next)) out.push(t);
      break;
    }
    // "CHAN TAI MAN", "MARIA DE SOUSA": a short connector of some pack printed in capitals between capitalised
    // words is part of the name; so is a lower-case particle inside a name in mixed case ("Sanne de Vries").
    const connector =
      out.length > 0 &&
      ((capitalConnector(t) && nameToken(tokens[i + 1] ?? "")) ||
        mixedCaseParticle(out[out.length - 1]!, t, tokens[i + 1]));
    if (!nameToken(t) && !nameParticle(tokens, i) && !connector) break;
    // "MARIA LOPEZ G. Concepto: cena", "Uddokta: 0182..": a field label is not part of a name, nor one.
    if (t.endsWith(":")) break;
    // "von BEISPIEL GMBH - Gehalt November": a dash standing alone before a word in mixed case starts the purpose
    // ("LUKU - TANESCO" stays one name).
    if (t === "-" && out.length > 0 && R_MIXED_CASE_WORD.test(tokens[i + 1] ?? "")) break;
    // "CHINEDU OKAFOR/NIP/000013261121": a narration's "/" ends the name.
    // "送付者：山田太郎さん。残高": in a script without spaces, a sentence mark or an honorific ends the name.
    const cjk = CJK_NAME.exec(t);
    if (cjk !== null) {
      out.push(cjk[1]!);
      break;
    }
    // "向张伟转账支出人民币2000.00元": a Han name glued to the sentence ends at the first pack word or digit.
    const glued = out.length === 0 ? hanNameBeforeWord(t) : null;
    if (glued !== null) {
      out.push(glued);
      break;
    }
    // "您的信用卡还款支出人民币300.00元..": a Han token holding digits, or a long one, is the sentence going on.
    if (/^\p{Script=Han}/u.test(t) && (/\d/.test(t) || t.length > 20)) break;
    const slash = R_NAME_SLASH.exec(t);
    if (slash !== null) {
      out.push(slash[1]!);
      break;
    }
    // "TRAN THI B. Ma GD 3122..": after an upper-case name's closing initial, a word in mixed case starts a label.
    if (R_INITIAL.test(out[out.length - 1] ?? "") && R_LOWER.test(t) && !R_LOWER.test(out.join(""))) break;
    // "Айгерим Н. Kaspi Gold" (after a closing initial), "محمد احمد ***@instapay" (Arabic): a person's name does not
    // change script ("SMALL Алматы", a shop and its city, may).
    if (out.length > 0 && scriptOf(t) !== "" && scriptOf(out[0]!) !== "" && scriptOf(t) !== scriptOf(out[0]!)) {
      if (/^\p{L}\.$/u.test(out[out.length - 1]!) || scriptOf(t) === "a" || scriptOf(out[0]!) === "a") break;
    }
    out.push(t);
    // "П." (an initial) keeps its period and may end the name; "TANESCO." ends it, and so does "RESTREPO!".
    if (R_COMMA_END.test(t) || (R_DOT_END.test(t) && !R_LETTER_DOT.test(t))) break;
  }
  return finish(out);
}

/** A Han or Katakana name ending at a sentence mark or a closing bracket ("山田太郎さん。", "(美团)" after "支出("). */
const CJK_NAME =
  /^([\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]*?)(?:さん|様)?[。、，；)）]/u;
const HAN_RUN = /^\p{Script=Han}{2,}/u;

/** The Han name a token starts with, up to the first pack word in it ("张伟转账支出.." -> "张伟"), or null. */
function hanNameBeforeWord(token: string): string | null {
  const run = HAN_RUN.exec(token)?.[0];
  if (run === undefined || HAN_PARTICLE.test(run)) return null;
  let cut = -1;
  for (const w of HAN_WORDS) {
    const at = run.indexOf(w);
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  // The run must stop at a pack word (else it is a sentence: "张伟转账" alone is not cut).
  return cut >= 2 && cut <= 12 ? run.slice(0, cut) : null;
}

function finish(out: string[]): string | null {
  while (out.length > 0 && R_DASH_AMP.test(out[out.length - 1]!)) out.pop();
  if (out.length === 0) return null;
  const name = out
    .join(" ")
    .replace(/(?<!^\p{L}|[\s.]\p{L})[.,;:]+$/u, "")
    .replace(/[,;:!?。，、；]+$/, "");
  return name.length >= 2 && name.length <= 60 ? name : null;
}

/** Whether `lower` has `word` starting at `i` as a word (Latin/Cyrillic: not inside another word). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function wordAt(lower: string, word: string, i: number): boolean {
  const before = lower[i - 1];
  const after = lower[i + word.length];
  const letter = LETTER_OR_DIGIT;
  if (R_SPACED_START.test(word) && before !== undefined && letter.test(before)) return false;
  return after === undefined || !letter.test(after) || !R_SPACED_END.test(word);
}

/**
 * Speed: where the payer (or payee) words and the words a name is printed before occur, in one pass a line. The hits
 * come ordered by word, then start (an `indexOf` loop a word): the party words' first (their indices come first),
 * then the BEFORE words' (index - party words' count).
 */
const PAYER_AT = occurrenceFinder([...PAYER, ...BEFORE]);
const PAYEE_AT = occurrenceFinder([...PAYEE, ...BEFORE]);
/** Per BEFORE word, its first index in the current line (-1: none); reused, filled and read within one line. */
const FIRSTS = new Int32Array(BEFORE.length);

/**
 * The payer (money in) or payee (money out) named in `text` by the packs' party words, or null. With `plain`, each
 * word is searched with its own `indexOf` loop (what the occurrence finder must agree with; for tests).
 */
export function localeParty(
  text: string,
  direction: "debit" | "credit",
  plain = false,
  /** A name never to return (lower case): the institution's own ("en tu Nequi"). */
  not = "",
): string | null {
  const after = direction === "credit" ? PAYER : PAYEE;
  const finder = direction === "credit" ? PAYER_AT : PAYEE_AT;
  const parties = after.length;
  for (const line of text.split("\n")) {
    const lower = line.toLowerCase();
    const at = plain ? indexOfAll(lower, after) : finder.find(lower);
    FIRSTS.fill(-1);
    for (const { word, start: i } of at) {
      // A BEFORE word's hit (after every party word's): the first one of each word is its `indexOf`.
      if (word >= parties) {
        if (FIRSTS[word - parties] === -1) FIRSTS[word - parties] = i;
        continue;
      }
      const w = after[word]!;
      if (!wordAt(lower, w, i) || insideName(line, i, w.length, plain)) continue;
      const rest = line.slice(i + w.length).replace(R_LEADING_SEP, "");
      const name = nameFrom(rest.split(/\s+/), 0);
      if (name && name.toLowerCase() !== not) return name;
    }
    // The first place of each word that a name may stand before (speed: found in the pass above, not an indexOf each).
    for (let k = 0; k < BEFORE.length; k++) {
      const w = BEFORE[k]!;
      const i = plain ? lower.indexOf(w) : FIRSTS[k]!;
      if (i <= 0 || !wordAt(lower, w, i)) continue;
      const tokens = line.slice(0, i).trim().split(/\s+/);
      const out: string[] = [];
      // The party's masked phone between the name and the word ("SADIA BIBI 0300XXXX412 سے").
      let last = tokens.length - 1;
      while (last > 0 && MASKED.test(tokens[last]!)) last--;
      // A label ("PayPay:", "Ref:") ends a name read backwards, and so does a change of script ("ہیں SADIA BIBI").
      const caseless = CASELESS.test(tokens[last] ?? "");
      for (let k = last; k >= 0 && out.length < 6 && nameToken(tokens[k]!) && !tokens[k]!.endsWith(":"); k--) {
        if (CASELESS.test(tokens[k]!) !== caseless) break;
        // "楽天銀行:ヤマダ タロウ様より": a label glued to the name's first word ends it there.
        const label = tokens[k]!.lastIndexOf(":");
        if (label > 0) {
          out.unshift(tokens[k]!.slice(label + 1));
          break;
        }
        out.unshift(tokens[k]!);
      }
      // "1,200円を山田太郎さんに": in a script without spaces the name is the run of Han/Katakana glued before the word.
      const glued = out.length === 0 ? GLUED_NAME.exec(tokens[last] ?? "") : null;
      const name = finish(glued ? [glued[0]] : out);
      if (name && name.toLowerCase() !== not) return name;
    }
  }
  return null;
}

const KATAKANA = /^\p{Script=Katakana}/u;
/** A trailing run of Han or Katakana characters (a Japanese or Chinese name after a particle or an amount). */
const GLUED_NAME = /[\p{Script=Han}\p{Script=Katakana}ー・]{2,}$/u;

/** Every occurrence of each word, word by word: the plain search `occurrenceFinder` stands in for. */
function indexOfAll(lower: string, words: readonly string[]): { word: number; start: number }[] {
  const out: { word: number; start: number }[] = [];
  words.forEach((w, word) => {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) out.push({ word, start: i });
  });
  return out;
}

/** One-word debit/credit words of every pack ("списання", "oplata"): PrivatBank prints one between amount and name. */
const MOVE_WORDS: ReadonlySet<string> = new Set(
  LOCALES.flatMap((p) => [...p.words.debit, ...p.words.credit]).filter((w) => !w.includes(" ")),
);

/** A pack word (any kind) starting a caseless line ("잔액3,112,440", "누적 ..") : not a name. */
const KNOWN_WORD = new RegExp(
  `^(?:${[...new Set(LOCALES.flatMap((p) => Object.values(p.words).flat()))]
    .filter((w) => /^\p{Lo}/u.test(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})`,
  "u",
);

/** A run of 2-20 Han characters ending at a sentence mark or the token's end. */
const HAN_NAME = /^(\p{Script=Han}{2,20})(?:[。，,；;]|$)/u;
/** A sentence going on, not a name: "已完成" (done), "您" (you), "於" (at), "請" (please), "如" (if), "將" (will). */
const HAN_PARTICLE = /^[已您於于在為为請请如將将並并及]/u;
/** Every pack word holding a Han character ("入帳", "口座", "残高"). */
const HAN_WORDS: readonly string[] = [
  ...new Set(LOCALES.flatMap((p) => Object.values(p.words).flat()).filter((w) => /\p{Script=Han}/u.test(w))),
];

const GLUED_MASK = /^(\p{L}+)[*x#•]+\d+$/u;
function endsInDigit(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
}

/** A token printed between an amount and a name: a currency, a movement word, a card word and mask, a date or time. */
function skippable(token: string): boolean {
  const bare = token.replace(R_TRAILING_PUNCT, "");
  if (bare === "") return true;
  const lower = bare.toLowerCase();
  // "Карта*1234": a card word glued to its mask (speed: only a token ending in a digit can be one).
  const glued = endsInDigit(lower) ? GLUED_MASK.exec(lower) : null;
  if (glued && ACCOUNT_WORDS.has(glued[1]!)) return true;
  return isCurrencyToken(bare) || ACCOUNT_WORDS.has(lower) || MOVE_WORDS.has(lower) || R_MASK_OR_NUMBER.test(bare);
}

/**
 * The name printed right after the amount, as CIS card alerts do ("Покупка 1250р PYATEROCHKA", "Oplata 48.90 BYN.
 * SOSEDI.", "Оплата 2990.00 KZT, карта *4412, SMALL SHOP"): `from` is where the amount ends.
 */
export function nameAfterAmount(text: string, from: number): string | null {
  const lines = text.slice(from, from + 120).split("\n");
  const words = (line: string): string[] => line.split(/\s+/).filter((t) => t !== "");
  let tokens = words(lines[0]!);
  let i = 0;
  while (i < tokens.length && i < 6 && skippable(tokens[i]!)) i++;
  // "oplata 125 000.00 UZS\nKORZINKA CHILANZAR": nothing but the currency after the amount, the name on the next line.
  if (i === tokens.length && lines.length > 1) {
    tokens = words(lines[1]!);
    i = 0;
    while (i < tokens.length && i < 6 && skippable(tokens[i]!)) i++;
    // "입금 2,850,000\n(주)한솔물산\n잔액..": a whole line of a caseless script with no digit and no pack word, the
    // next line started, is the party's name (Korean bank deposits and withdrawals).
    const line = tokens.slice(i).join(" ");
    if (i === 0 && lines.length > 2 && !/\d/.test(line) && !tokens.some((t) => PACK_WORDS.has(t.toLowerCase()))) {
      const bare = line.replace(/^\([^)]{1,4}\)/, "");
      if (/^\p{Lo}/u.test(bare) && !KNOWN_WORD.test(bare) && line.length >= 2 && line.length <= 40) return line;
    }
  }
  // "消費NT$1,250 全聯福利中心。如有疑問..": a Taiwanese or Chinese card alert's merchant in Han after the amount, up
  // to a sentence mark, holding no pack word ("代表口座", "已存入" are the sentence going on).
  const han = i < tokens.length ? HAN_NAME.exec(tokens[i]!) : null;
  if (han?.[1] && !HAN_PARTICLE.test(han[1]) && !HAN_WORDS.some((w) => han[1]!.includes(w))) return han[1];
  // Only a capitalised name: words of caseless scripts after an amount are more often the sentence going on.
  // Katakana has no case: a Japanese bank prints the payer's name in it ("振込入金 52,000円 ヤマダ タロウ").
  return i < tokens.length && (UPPER.test(tokens[i]!) || KATAKANA.test(tokens[i]!)) ? nameFrom(tokens, i) : null;
}
