import { describe, expect, it } from "vitest";
import { parseSms } from "../../src/parser/index";
import { ruleVerdict } from "../../src/reading/trust";
import type { ParseResult } from "../../src/schemas/parse-result";
import { fingerprint } from "../../src/templates/fingerprint";
import { recipeFor } from "../../src/templates/recipe-book";
import { coop, debit, job, readOf, scriptedUpstream, SENDER, settings, world } from "./harness";

const A = "usr_alice";
const B = "usr_bob";
const C = "usr_carol";

const acme = coop("4,210.50", "ACME TRADERS", "ZX99812");
const bolt = coop("99.00", "BOLT CABS", "ZX10001", 13);
const tea = coop("12.25", "TEA POINT", "ZX30003", 15);
const FP = fingerprint(SENDER, acme);
const truth = new Map<string, ParseResult>([
  [acme, debit(421050, "ACME TRADERS", "ZX99812")],
  [bolt, debit(9900, "BOLT CABS", "ZX10001")],
  [tea, debit(1225, "TEA POINT", "ZX30003")],
]);

describe("the rules' check: another user's recipe reads an SMS where the rules agree", () => {
  it("the format's fallback reading is confident (unseen), so the rules can check a template", () => {
    const rules = parseSms(job(B, bolt));
    expect(ruleVerdict(rules, job(B, bolt))).toBe("unseen");
    expect(rules).toMatchObject({ intent: "transaction", direction: "debit", amount_minor: 9900, currency: "INR" });
  });

  it("a second user's SMS, rules agreeing: no second call, and it counts as that user's agreement", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    await w.read([job(A, acme)], upstream);
    expect(await w.store.shared(FP)).toMatchObject({ promotedBy: "rules", taughtBy: [A] });
    const [bob] = await w.read([job(B, bolt)], upstream);
    expect(readOf(bob).path).toBe("template");
    expect(readOf(bob).result).toMatchObject({ direction: "debit", amount_minor: 9900, counterparty: "BOLT CABS" });
    expect(upstream.calls.map((c) => c.body)).toEqual([acme]);
    // The rules' reading of Bob's SMS teaches the very recipe: shared by agreement, Carol is read unchecked.
    expect(await w.store.shared(FP)).toMatchObject({ promotedBy: "agreement", taughtBy: [A, B] });
    expect(await recipeFor(w.store, FP, C)).not.toBeNull();
    expect(readOf((await w.read([job(C, tea)], upstream))[0]).result.amount_minor).toBe(1225);
    expect(upstream.calls).toHaveLength(1);
  });

  it("rules disagreeing (the answer called the debit a credit): the second user asks for themselves", async () => {
    const w = world();
    const credit = debit(421050, "ACME TRADERS", "ZX99812", { direction: "credit" });
    const upstream = scriptedUpstream(new Map([...truth, [acme, credit]]));
    await w.read([job(A, acme)], upstream);
    const [bob] = await w.read([job(B, bolt)], upstream);
    expect(readOf(bob).path).toBe("llm");
    expect(readOf(bob).result.direction).toBe("debit");
    expect(upstream.calls.map((c) => c.body)).toEqual([acme, bolt]);
    expect(await w.store.shared(FP)).toMatchObject({ promotedBy: "rules", taughtBy: [A] });
    // Carol's answer agrees with Bob's: their recipe replaces the one offered for the check.
    await w.read([job(C, tea)], upstream);
    expect(await w.store.shared(FP)).toMatchObject({ promotedBy: "agreement", taughtBy: [B, C] });
    expect(readOf((await w.read([job("usr_dan", acme)], upstream))[0]).result.direction).toBe("debit");
  });

  it("a poisoned first answer (the balance as the amount) never reads another user's SMS", async () => {
    const w = world();
    const withBalance = (amount: string, payee: string, balance: string) =>
      `ZENITH COOP: INR ${amount} debited from A/c XX4455 to ${payee} on 12/11. Avl Bal INR ${balance}.`;
    const hostile = withBalance("4,210.50", "ACME TRADERS", "80,000.00");
    const genuine: [string, string, number][] = [
      [B, withBalance("99.00", "BOLT CABS", "5,310.00"), 9900],
      [C, withBalance("12.25", "TEA POINT", "612.40"), 1225],
    ];
    const fp = fingerprint(SENDER, hostile);
    const poisoned = debit(8000000, "ACME TRADERS", null);
    const answers = genuine.map(([, body, minor]): [string, ParseResult] => [body, debit(minor, null, null)]);
    const upstream = scriptedUpstream(new Map([[hostile, poisoned], ...answers]));
    const [alice] = await w.read([job(A, hostile)], upstream);
    expect(readOf(alice).result.amount_minor).toBe(8000000);
    expect(await w.store.shared(fp)).toMatchObject({ promotedBy: "rules", taughtBy: [A] });
    for (const [user, body, minor] of genuine) {
      const [r] = await w.read([job(user, body)], upstream);
      expect(readOf(r).path).toBe("llm");
      expect(readOf(r).result.amount_minor).toBe(minor);
    }
    expect(upstream.calls.map((c) => c.body)).toEqual([hostile, ...genuine.map(([, body]) => body)]);
    expect(await w.store.shared(fp)).toMatchObject({ promotedBy: "agreement", taughtBy: [B, C] });
  });

  it("fields outside the compared set: the rules' value wins, and the recipe is not shared", async () => {
    const w = world();
    // A counterparty read from the reference slot: not compared, so the check lets the recipe read Bob's SMS.
    const skewed = debit(421050, "ZX99812", "ZX99812");
    const upstream = scriptedUpstream(new Map([...truth, [acme, skewed]]));
    await w.read([job(A, acme)], upstream);
    const [bob] = await w.read([job(B, bolt)], upstream);
    expect(readOf(bob).path).toBe("template");
    expect(readOf(bob).result.counterparty).toBe(parseSms(job(B, bolt)).counterparty);
    expect(readOf(bob).result.counterparty).not.toBe("ZX10001");
    expect(upstream.calls).toHaveLength(1);
    // The rules learned another counterparty slot: Bob's SMS does not count as agreement.
    expect(await w.store.shared(FP)).toMatchObject({ promotedBy: "rules", taughtBy: [A] });
  });

  it("off (RECIPE_RULES_CHECK=0): no recipe is offered for the check, the second user asks", async () => {
    const w = world();
    const off = { settings: { ...settings, trust: { ...settings.trust, rulesCheck: false } } };
    const upstream = scriptedUpstream(truth);
    await w.read([job(A, acme)], upstream, off);
    expect(await w.store.shared(FP)).toBeNull();
    expect(readOf((await w.read([job(B, bolt)], upstream, off))[0]).path).toBe("llm");
    expect(upstream.calls).toHaveLength(2);
  });
});
