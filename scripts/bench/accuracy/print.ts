/** Human-readable tables of a Score (stdout, before the JSON line). */
import type { Score } from "./score";

const f = (x: number | null | undefined) => (x === null || x === undefined ? "-" : x.toFixed(3));
const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join(" ");

export function printScore(title: string, s: Score, upstream?: Record<string, number | null>): void {
  const out: string[] = [`\n== ${title}`];
  out.push(
    `cases ${s.cases}, money movements ${s.money}: precision ${f(s.precision)}, recall ${f(s.recall)}, ` +
      `invented ${s.invented}, core fields ${f(s.core_fields)}, silently dropped ${s.silently_dropped}, ` +
      `needs_review ${s.needs_review}`,
  );
  const { money_cases, ...fields } = s.fields;
  const fieldText = Object.entries(fields).map(([k, v]) => `${k} ${f(v as number | null)}`);
  out.push(`fields (${money_cases} movements): ${fieldText.join(", ")}`);
  out.push("by path:");
  const w = [9, 9, 7, 10, 7, 9, 8, 13, 6];
  out.push(pad(["path", "messages", "money", "direction", "amount", "currency", "account", "counterparty", "core"], w));
  for (const [path, p] of Object.entries(s.by_path)) {
    const r = p as Record<string, number | null>;
    const cells = [r.direction, r.amount, r.currency, r.account, r.counterparty, r.core].map(f);
    out.push(pad([path, r.messages ?? 0, r.money_cases ?? 0, ...cells], w));
  }
  out.push(
    `templates: ${s.template_hits} messages read by a template, ${s.template_right} right ` +
      `(accuracy ${f(s.template_accuracy)})`,
  );
  if (upstream) {
    out.push(
      `upstream: ${upstream.calls} calls for ${upstream.distinct_formats} distinct formats past the rules ` +
        `(${upstream.sms_past_rules} SMS, ${upstream.distinct_format_users} format-user pairs): ` +
        `${f(upstream.calls_per_format)} per format; ` +
        `${upstream.formats_asked} formats asked, ${f(upstream.calls_per_format_asked)} calls each, ` +
        `${upstream.formats_asked_more_than_once} asked more than once (at most ${upstream.most_calls_for_one_format})`,
    );
  }
  out.push("by currency (label):");
  const wc = [5, 6, 6, 10, 7, 7, 9, 8, 7];
  out.push(pad(["cur", "cases", "money", "precision", "recall", "core", "invented", "dropped", "review"], wc));
  for (const [cur, r] of Object.entries(s.by_currency)) {
    const cells = [
      cur,
      r.cases,
      r.money,
      f(r.precision),
      f(r.recall),
      f(r.core_fields),
      r.invented,
      r.silently_dropped,
    ];
    out.push(pad([...cells, r.needs_review], wc));
  }
  console.log(out.join("\n"));
}
