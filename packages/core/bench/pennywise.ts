/**
 * PennyWise rows of bench:parse: the parser tests of sarim2000/pennywiseai-tracker (AGPL), converted at run time by
 * the shared converter (`<repo>/../shared/eval/pennywise_cases.py`) from a mirror given with `--pennywise GIT_DIR`
 * or `PENNYWISE_GIT_DIR`. Nothing of PennyWise is stored in this repository. Scored with the rules of the shared
 * `score.py` (money precision/recall, invented, core fields), plus `silently_dropped`: money movements whose state is
 * `not_financial`, or `parsed` as something that moves no money.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { toCliRecord, type CliRecord } from "../src/cli/parse";
import { parseSms } from "../src/parser/index";

export interface PennyWiseCase {
  sender: string;
  body: string;
  received_at: string;
  expect: Record<string, string | null | undefined>;
}

export interface PennyWiseScore {
  cases: number;
  money_precision: number;
  money_recall: number;
  invented: number;
  core_exact: number;
  silently_dropped: number;
  needs_review: number;
}

const MONEY = new Set(["transaction", "refund"]);
const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");

/** The shared eval folder: SMSLEDGER_EVAL_DIR, else `../shared/eval` from the repo root (or from its parent). */
export function evalDir(): string | null {
  const candidates = [
    process.env.SMSLEDGER_EVAL_DIR,
    join(REPO_ROOT, "..", "shared", "eval"),
    join(REPO_ROOT, "..", "..", "shared", "eval"),
  ];
  return candidates.find((d): d is string => !!d && existsSync(join(d, "pennywise_cases.py"))) ?? null;
}

/** The mirror's git dir from `--pennywise GIT_DIR` or PENNYWISE_GIT_DIR; null when not given. */
export function pennywiseGitDir(argv: readonly string[]): string | null {
  const at = argv.indexOf("--pennywise");
  const dir = at >= 0 ? argv[at + 1] : process.env.PENNYWISE_GIT_DIR;
  return dir ? dir : null;
}

/** Cases converted at run time, or the reason they could not be (the bench then notes it and goes on). */
export function loadPennyWise(gitDir: string, inrOnly: boolean): PennyWiseCase[] | string {
  const dir = evalDir();
  if (dir === null) return "shared eval folder (../shared/eval) not found; set SMSLEDGER_EVAL_DIR";
  if (!existsSync(gitDir)) return `PennyWise mirror not found at ${gitDir}`;
  try {
    const args = [join(dir, "pennywise_cases.py"), gitDir, ...(inrOnly ? ["--inr"] : [])];
    const out = execFileSync("python3", args, {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return JSON.parse(out) as PennyWiseCase[];
  } catch (err) {
    return `converter failed: ${(err as Error).message.split("\n")[0]}`;
  }
}

function num(x: unknown): number | null {
  if (x === null || x === undefined || x === "") return null;
  const n = Number(String(x).replace(/,/g, ""));
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : null;
}

/** score.py's account rule: the answer's digits end with the label, or (3+ digits) the label ends with them. */
function accountOk(want: string, got: string | null): boolean {
  const d = (got ?? "").replace(/\D/g, "");
  return d !== "" && (d.endsWith(want) || (d.length >= 3 && want.endsWith(d)));
}

function coreOk(e: PennyWiseCase["expect"], a: CliRecord): boolean {
  if (e.direction && a.direction !== e.direction) return false;
  if (e.amount !== undefined && e.amount !== null && num(a.amount) !== num(e.amount)) return false;
  if (e.currency && (a.currency ?? "").toUpperCase() !== e.currency) return false;
  if (e.account && !accountOk(e.account, a.account)) return false;
  return true;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Scores our parser (and stateOf, through the CLI record) on converted cases. */
export function scorePennyWise(cases: readonly PennyWiseCase[]): PennyWiseScore {
  let tp = 0,
    fp = 0,
    fn = 0,
    core = 0,
    ncore = 0,
    dropped = 0,
    review = 0;
  for (const c of cases) {
    const a = toCliRecord(parseSms({ sender: c.sender, body: c.body, received_at: c.received_at }), c.body, c.sender);
    const want = c.expect.intent ?? "";
    const em = MONEY.has(want) || want === "money";
    const am = MONEY.has(a.intent ?? "");
    if (a.state === "needs_review") review++;
    if (em && am) tp++;
    else if (am) fp++;
    else if (em) fn++;
    if (!em) continue;
    ncore++;
    if (am && coreOk(c.expect, a)) core++;
    if (a.state === "not_financial" || (a.state === "parsed" && !am)) dropped++;
  }
  return {
    cases: cases.length,
    money_precision: r3(tp / Math.max(1, tp + fp)),
    money_recall: r3(tp / Math.max(1, tp + fn)),
    invented: fp,
    core_exact: r3(core / Math.max(1, ncore)),
    silently_dropped: dropped,
    needs_review: review,
  };
}
