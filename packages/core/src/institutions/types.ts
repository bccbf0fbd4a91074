import type { AccountKind } from "../schemas/parse-result";
import type { Rule } from "../parser/rules/types";

/**
 * One bank, card issuer or wallet: everything the parser knows about it, in its own folder
 * (`institutions/<id>/index.ts`, its labelled alerts in `institutions/<id>/fixtures.jsonl`).
 */
export interface InstitutionDef {
  /** Stable id used in rule ids and folder name, e.g. "hdfc". */
  id: string;
  /** Display name reported in `institution`. */
  name: string;
  /** What kind of account its alerts usually refer to. */
  kind: AccountKind;
  /** ISO 3166-1 alpha-2 country of its home market. */
  country: string;
  /** Home ISO 4217 currency: the currency of an amount its alerts print without one. */
  currency: string;
  /** IANA zone its alerts print local times in. */
  timeZone: string;
  /**
   * Sender headers, upper-case: Indian DLT entity codes ("HDFCBK", matched inside "VM-HDFCBK-S") or whole
   * alphanumeric headers and short codes as phones show them ("CRDB BANK", "ALRAJHIBANK", "15888").
   */
  senders: readonly string[];
  /**
   * Whether it sends from Indian DLT headers ("VM-DBSBNK-S"); default: only Indian institutions do. A DLT header
   * never names a foreign-only bank, so "VM-ZENITH-S" is not Zenith Bank Nigeria.
   */
  dlt?: boolean;
  /** Loose fallbacks: an unknown header starting with one of these is this institution's ("HDFC" -> "HDFCXX"). */
  senderPrefixes?: readonly string[];
  /** Names as printed in bodies ("HDFC Bank"), matched case-insensitively as whole words when the sender is unknown. */
  names: readonly string[];
  /** Its alert formats, tried in order before the generic extractors fill the gaps. */
  rules: readonly Rule[];
  /**
   * Other countries the same sender header serves ("BBVA" in Spain and Mexico): an alert received at one of a
   * market's UTC offsets ("-06:00") takes that market's home currency and zone.
   */
  markets?: readonly Market[];
}

/** A further home market of an institution, told apart by the UTC offset of `received_at`. */
export interface Market {
  /** Offsets as ISO 8601 prints them ("-06:00"). */
  utcOffsets: readonly string[];
  currency: string;
  timeZone: string;
}

/** What the parser reports and uses of an institution. */
export type Institution = Pick<InstitutionDef, "id" | "name" | "kind" | "currency" | "timeZone" | "markets" | "dlt">;
