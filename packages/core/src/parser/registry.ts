import type { InstitutionId } from "./institutions";
import { AXIS_RULES } from "./rules/axis";
import { AMEX_RULES, SBICARD_RULES } from "./rules/cards";
import { HDFC_RULES } from "./rules/hdfc";
import { ICICI_RULES } from "./rules/icici";
import { KOTAK_RULES } from "./rules/kotak";
import { SBI_RULES } from "./rules/sbi";
import type { Rule } from "./rules/types";
import { CHASE_RULES, DBS_RULES, ENBD_RULES } from "./rules/intl";
import { BOB_RULES, CANARA_RULES, PNB_RULES, UNION_RULES } from "./rules/psu";
import { MPESA_RULES, PAYTM_RULES } from "./rules/wallets";

/** Institution-specific alert formats, tried in order before the generic extractors fill the gaps. */
export const RULES: Readonly<Partial<Record<InstitutionId, readonly Rule[]>>> = {
  hdfc: HDFC_RULES,
  sbi: SBI_RULES,
  icici: ICICI_RULES,
  axis: AXIS_RULES,
  kotak: KOTAK_RULES,
  sbicard: SBICARD_RULES,
  amex: AMEX_RULES,
  paytm: PAYTM_RULES,
  mpesa: MPESA_RULES,
  bob: BOB_RULES,
  pnb: PNB_RULES,
  union: UNION_RULES,
  canara: CANARA_RULES,
  chase: CHASE_RULES,
  enbd: ENBD_RULES,
  dbs: DBS_RULES,
};

export interface RuleMatch {
  rule: Rule;
  groups: Partial<Record<string, string>>;
}

/** First rule of the institution whose pattern matches. `lower` is `text` lower-cased. */
export function matchRule(institution: string | null, text: string, lower: string = text.toLowerCase()): RuleMatch | null {
  if (!institution) return null;
  const rules = (RULES as Partial<Record<string, readonly Rule[]>>)[institution];
  if (!rules) return null;
  for (const rule of rules) {
    // A rule's regex cannot match without its required literal: skip the regex pass when it is absent.
    if (rule.needs && !lower.includes(rule.needs)) continue;
    const m = rule.re.exec(text);
    if (m) return { rule, groups: m.groups ?? {} };
  }
  return null;
}
