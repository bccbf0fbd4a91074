// How learned templates fare on the labelled fixtures, each fixture's label taken as a perfect upstream answer:
// answers kept (grounded), recipes learned, followers of each format read right, and the notes of grounding.
// Run: pnpm --filter @smsledger/core run bench:recipes
import { applyRecipe, fingerprint, learnFromAnswer } from "../src/templates/index";
import { UpstreamAnswer, upstreamAnswerToParseResult } from "../src/upstream/index";
import { MONEY_MOVING_INTENTS, type ParseResult } from "../src/schemas/parse-result";
import { loadFixtures, type Fixture } from "../test/parser/load-fixtures";

/** A fixture's label as the upstream would answer it. */
function truthOf(f: Fixture): ParseResult | null {
  const answer: Record<string, unknown> = {};
  for (const key of Object.keys(UpstreamAnswer.shape)) answer[key] = f.expected[key] ?? null;
  const parsed = UpstreamAnswer.safeParse(answer);
  if (!parsed.success) return null;
  const converted = upstreamAnswerToParseResult(parsed.data, "fixture");
  return converted.ok ? { ...converted.result, institution: f.expected.institution ?? null } : null;
}

const CORE = ["intent", "direction", "amount_minor", "currency"] as const;

/** Learns from each fixture, and from the first of each format applies the recipe to the others. */
function applyFromFirst() {
  let labelled = 0,
    movements = 0,
    accepted = 0,
    learned = 0,
    followers = 0,
    read = 0,
    coreRight = 0;
  const notes: Record<string, number> = {};
  const formats = new Map<string, Fixture[]>();
  for (const f of loadFixtures()) {
    const truth = truthOf(f);
    if (!truth) continue;
    labelled++;
    const result = learnFromAnswer(f, truth);
    if (MONEY_MOVING_INTENTS.has(truth.intent)) {
      movements++;
      if (result.reading) accepted++;
    }
    if (result.recipe) learned++;
    for (const n of result.notes) {
      const key = n.replace(/currency [A-Z]{3}|currency null/, "currency X");
      notes[key] = (notes[key] ?? 0) + 1;
    }
    const fp = fingerprint(f.sender, f.body);
    formats.set(fp, [...(formats.get(fp) ?? []), f]);
  }
  for (const [first, ...rest] of formats.values()) {
    const truth = first && truthOf(first);
    const recipe = first && truth ? learnFromAnswer(first, truth).recipe : null;
    for (const other of rest) {
      const want = truthOf(other);
      if (!want) continue;
      followers++;
      const got = recipe ? applyRecipe(recipe, other) : null;
      if (!got) continue;
      read++;
      if (CORE.every((k) => got[k] === want[k])) coreRight++;
    }
  }
  return { labelled, movements, accepted, learned, formats: formats.size, followers, read, coreRight, notes };
}

console.log(JSON.stringify(applyFromFirst()));
