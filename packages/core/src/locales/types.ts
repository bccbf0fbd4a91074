/**
 * A locale pack: one language's words for what an alert says, and how it writes numbers and dates.
 * The parser's knowledge of a language lives here, one file per language under `packs/`; adding a language
 * is one pack plus a line in `index.ts`. Words are lower-case as printed (any script) and match the lower-cased
 * text as stems: a Latin or Cyrillic word must start a word ("oplata" matches "oplata" and "oplaty", not "zaoplata")
 * and one of up to 3 letters must also end one ("dr", "cr", "kod"); words of other scripts (Arabic, Thai,
 * Devanagari, ...) match anywhere, since particles attach to them ("بمبلغ") or words are not spaced (Thai).
 * Where two words start at the same place the longest wins ("โอนเงินเข้า" over "โอนเงิน").
 */
export interface LocaleWords {
  /** Money left the holder: "debited", "spent", "withdrawn", "imetolewa". */
  debit: readonly string[];
  /** Money reached the holder: "credited", "received", "umepokea". */
  credit: readonly string[];
  /** A balance is being reported: "avl bal", "salio". */
  balance: readonly string[];
  /** A one-time password or verification code. */
  otp: readonly string[];
  /** Marketing: offers, cashback promises, pre-approved loans. */
  promo: readonly string[];
  /** A bill or instalment that is due, or a future debit. */
  due: readonly string[];
  /** A debit or credit still to come ("จะตัดบัญชี", "будет списано", "سيتم خصم"): `scheduled`, never a
   * movement. */
  future?: readonly string[];
  /** Money held, limited or only possible, never moved: a pre-authorisation or hold ("холд", "provizyon", "حجز
   * مبلغ"), a limit ("سقف", "кредитный лимит"), "you can pay" ("يمكنك", "unaweza"). Counts before the first movement
   * word (a spend alert prints its available limit after the spend): `other`, and a movement word beside the amount
   * sends it to review. */
  held?: readonly string[];
  /** A request to pay, to be accepted or refused ("ombi la malipo", "imeomba"): `payment_request`, never a movement. */
  request?: readonly string[];
  /** A payment that failed. */
  failed: readonly string[];
  /** A card or payment that was declined. */
  declined: readonly string[];
  /** Labels printed right before a bare amount ("Amt:", "Kiasi cha", "مبلغ", "Сумма"), for alerts with no currency. */
  amount: readonly string[];
  /** Loose words for money leaving beside an amount ("debit", "txn"): the money signal's cues, never an intent. */
  debitCue?: readonly string[];
  /** Loose words for money arriving beside an amount ("credit", "cr"): the money signal's cues, never an intent. */
  creditCue?: readonly string[];
  /** Words a payer's name follows ("от", "kutoka", "من", "de", "dari", "từ", "von"); after a `transfer` word they
   * make it money in ("Перевод 15000 ₸ от Айгерим Б."). */
  payer?: readonly string[];
  /** Words a payee's or merchant's name follows ("kwa", "لدى", "chez", "bei", "presso", "en", "di"). */
  party?: readonly string[];
  /** Words a party's name comes right before ("AYSE YILMAZ tarafindan", "MIGROS KADIKOY isyerinden"). */
  partyBefore?: readonly string[];
  /** Transfer words that say no direction alone ("перевод", "perevod"): a `payer` word after them means money in. */
  transfer?: readonly string[];
  /** A refund or reversal ("iadesi", "remboursement", "возврат", "estorno"): money in that gives intent `refund`. */
  refund?: readonly string[];
  /** Words an account or card number follows ("A/c", "akaunti", "حساب", "счет", "บช", "conta"). */
  account: readonly string[];
  /** Words that send money to the number after them ("لرقم", "انتقال به", "ለ"): a number printed within a few words
   * after one is the other party's (payee's phone or card), never the holder's account. Whole words only. */
  payeeNumber?: readonly string[];
  /** Field labels that name the receiving account ("إلى:", "الى:"): in money in, the number after one is the
   * holder's account ("حوالة واردة .. إلى: 2201"). */
  receivingAccount?: readonly string[];
}

export interface NumberForm {
  /** The decimal mark most of this language's alerts print. */
  decimal: "." | ",";
  /** Group separators its alerts print ("," "." " " "'" or a thin space). */
  group: readonly string[];
}

export interface LocalePack {
  /** BCP 47 language tag: "en", "hi", "sw", "ru". */
  id: string;
  /** English name of the language. */
  name: string;
  /** ISO 15924 scripts its alerts are written in ("Latn", "Deva", "Cyrl", "Arab", "Thai", "Beng", "Ethi"). */
  scripts: readonly string[];
  words: LocaleWords;
  numbers: NumberForm;
  /** Date orders its alerts print: "dmy" (most), "mdy" (US), "ymd" (ISO, East Asia). */
  dateOrders: readonly ("dmy" | "mdy" | "ymd")[];
  /** ISO 4217 codes of the currencies its alerts usually carry (symbols and tokens are in `currencies.ts`). */
  currencies: readonly string[];
}
