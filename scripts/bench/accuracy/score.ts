/**
 * Scoring for `pnpm bench:accuracy`, with the rules of ../shared/eval/score.py: money precision and recall,
 * invented, core fields (direction, amount, currency, account right where labelled), plus silently dropped,
 * fields by read path, template accuracy and a table per currency.
 */
import type { Case } from "./cases";

/** How one SMS ended: its terminal state, how it was read, and the ledger row read from it (if any). */
export interface Reading {
  state: string | null;
  intent: string | null;
  /** The parser label (`rule id`, `template:<fp>@v`, `llm:<model>`). */
  parser: string | null;
  /** The money movement stored (pipeline) or that would be stored (rules); null when none. */
  tx: Record<"direction" | "amount" | "currency" | "account" | "counterparty", string | null> | null;
}

export type Path = "rule" | "template" | "llm";
export const pathOf = (parser: string | null): Path =>
  parser?.startsWith("template:") ? "template" : parser?.startsWith("llm:") ? "llm" : "rule";

const SCORED = ["direction", "amount", "currency", "account", "counterparty"] as const;
type Field = (typeof SCORED)[number];
const CORE: readonly Field[] = ["direction", "amount", "currency", "account"];

const num = (x: unknown) => {
  if (x === null || x === undefined || x === "") return null;
  const n = Number(String(x).replace(/,/g, ""));
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : null;
};
const norm = (s: unknown) =>
  String(s)
    .toLowerCase()
    .replace(/[^a-z0-9@.*]/g, "");

/** score.py's field rules. */
function fieldOk(field: Field, want: string, got: string | null): boolean {
  if (got === null) return false;
  switch (field) {
    case "amount":
      return num(got) === num(want);
    case "currency":
      return got.toUpperCase() === want.toUpperCase();
    case "account": {
      const d = got.replace(/\D/g, "");
      return d !== "" && (d.endsWith(want) || (d.length >= 3 && want.endsWith(d)));
    }
    case "counterparty": {
      const [e, a] = [norm(want), norm(got)];
      return e === a || (a.length >= 4 && (a.includes(e) || e.includes(a)));
    }
    default:
      return got === want;
  }
}

/** Per labelled field of a money case read as money: right or wrong. */
export function fieldChecks(c: Case, r: Reading): Partial<Record<Field, boolean>> {
  const out: Partial<Record<Field, boolean>> = {};
  for (const f of SCORED) {
    const want = c.label[f];
    if (want === null || want === undefined || want === "") continue;
    out[f] = r.tx !== null && fieldOk(f, want, r.tx[f]);
  }
  return out;
}

const coreRight = (c: Case, r: Reading) => r.tx !== null && CORE.every((f) => fieldChecks(c, r)[f] !== false);
/** A labelled movement that ended not_financial, or parsed as something that moves no money. */
const silentlyDropped = (c: Case, r: Reading) =>
  c.money && r.tx === null && (r.state === "not_financial" || r.state === "parsed");
/** Read right: money or not as labelled, and when money, the core fields. */
const readRight = (c: Case, r: Reading) => (c.money ? coreRight(c, r) : r.tx === null);

const r3 = (x: number, n: number) => (n === 0 ? null : Math.round((x / n) * 1000) / 1000);

function headline(cases: readonly Case[], readings: readonly Reading[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    core = 0,
    dropped = 0,
    review = 0;
  cases.forEach((c, i) => {
    const r = readings[i] as Reading;
    const moved = r.tx !== null;
    if (r.state === "needs_review") review++;
    if (c.money && moved) tp++;
    else if (moved) fp++;
    else if (c.money) fn++;
    if (c.money && coreRight(c, r)) core++;
    if (silentlyDropped(c, r)) dropped++;
  });
  const money = tp + fn;
  return {
    cases: cases.length,
    money,
    precision: r3(tp, tp + fp),
    recall: r3(tp, money),
    invented: fp,
    core_fields: r3(core, money),
    silently_dropped: dropped,
    needs_review: review,
  };
}

/** Field accuracy over money cases where the field is labelled (a case not read as money counts wrong). */
function fieldAccuracy(cases: readonly Case[], readings: readonly Reading[], keep: (r: Reading) => boolean) {
  const counts = Object.fromEntries([...SCORED, "core"].map((f) => [f, [0, 0]])) as Record<string, [number, number]>;
  let n = 0;
  cases.forEach((c, i) => {
    const r = readings[i] as Reading;
    if (!c.money || !keep(r)) return;
    n++;
    const tally = (f: string, ok: boolean) => {
      const cell = counts[f] as [number, number];
      cell[0] += ok ? 1 : 0;
      cell[1]++;
    };
    for (const [f, ok] of Object.entries(fieldChecks(c, r))) tally(f, ok);
    tally("core", coreRight(c, r));
  });
  return { money_cases: n, ...Object.fromEntries(Object.entries(counts).map(([f, [ok, all]]) => [f, r3(ok, all)])) };
}

function byPath(cases: readonly Case[], readings: readonly Reading[]) {
  const paths: Path[] = ["rule", "template", "llm"];
  return Object.fromEntries(
    paths.map((p) => {
      const on = (r: Reading) => pathOf(r.parser) === p;
      const all = cases.filter((_, i) => on(readings[i] as Reading)).length;
      return [p, { messages: all, ...fieldAccuracy(cases, readings, on) }];
    }),
  );
}

function templates(cases: readonly Case[], readings: readonly Reading[]) {
  let hits = 0,
    right = 0;
  cases.forEach((c, i) => {
    const r = readings[i] as Reading;
    if (pathOf(r.parser) !== "template") return;
    hits++;
    if (readRight(c, r)) right++;
  });
  return { template_hits: hits, template_right: right, template_accuracy: r3(right, hits) };
}

/** One row per labelled currency (score-case `none` rows have none: "-"). */
function byCurrency(cases: readonly Case[], readings: readonly Reading[]) {
  const groups = new Map<string, number[]>();
  cases.forEach((c, i) => {
    const key = c.label.currency?.toUpperCase() ?? "-";
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const rows = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const of = (idx: number[]) =>
    headline(
      idx.map((i) => cases[i] as Case),
      idx.map((i) => readings[i] as Reading),
    );
  return Object.fromEntries(rows.map(([key, idx]) => [key, of(idx)]));
}

/** Every figure of one reading of the cases (rules alone, or the whole pipeline). */
export function score(cases: readonly Case[], readings: readonly Reading[]) {
  return {
    ...headline(cases, readings),
    fields: fieldAccuracy(cases, readings, () => true),
    by_path: byPath(cases, readings),
    ...templates(cases, readings),
    by_currency: byCurrency(cases, readings),
  };
}
export type Score = ReturnType<typeof score>;

/** Cases read wrong, for --misses. */
export function misses(cases: readonly Case[], readings: readonly Reading[]) {
  return cases.flatMap((c, i) => {
    const r = readings[i] as Reading;
    if (readRight(c, r)) return [];
    return [{ index: c.index, sender: c.sender, body: c.body.slice(0, 100), want: c.label, got: { ...r } }];
  });
}
