import { INSTITUTIONS } from "../../institutions";
import type { Rule } from "./types";

export interface RuleMatch {
  rule: Rule;
  groups: Partial<Record<string, string>>;
}

/** First rule of the institution whose pattern matches. `lower` is `text` lower-cased. */
export function matchRule(
  institution: string | null,
  text: string,
  lower: string = text.toLowerCase(),
): RuleMatch | null {
  if (!institution) return null;
  const rules = INSTITUTIONS.get(institution)?.rules;
  if (!rules || rules.length === 0) return null;
  for (const rule of rules) {
    // A rule's regex cannot match without its required literal: skip the regex pass when it is absent.
    if (rule.needs && !lower.includes(rule.needs)) continue;
    const m = rule.re.exec(text);
    if (m) return { rule, groups: m.groups ?? {} };
  }
  return null;
}
