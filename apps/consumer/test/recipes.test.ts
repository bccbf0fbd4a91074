import { describe, expect, inject, it } from "vitest";
import { fingerprint, forgetUser, kvRecipeStore, RECIPE_KEYS, recipeFor } from "@smsledger/core";
import { clearTemplateCache } from "../src/templates/store";
import { ATTACK, ATTACK_SENDER } from "./attacks";
import { envWith, job, recordQueued, testEnv } from "./helpers";
import { deliverUntilAcked } from "./redeliver";

// The four cross-user attacks of issue 14, on the real queue handler, KV and D1, with tools/fake-llm answering
// each body from its fixtures (hostile bodies carry the answers their attacker scripted).
const llmUrl = inject("fakeLlmUrl");
const withUpstream = () =>
  envWith({ UPSTREAM_URL: llmUrl, UPSTREAM_MODEL: "fake-llm", UPSTREAM_MAX_RPS: "50", UPSTREAM_INITIAL_RPS: "50" });
const newUser = (role: string) => `usr_${role}_${crypto.randomUUID().slice(0, 8)}`;
const store = () => kvRecipeStore(testEnv.TEMPLATES);

async function send(user: string, body: string, sender = ATTACK_SENDER) {
  const j = job(user, `s_${crypto.randomUUID().slice(0, 8)}`, sender, body);
  await recordQueued(j);
  clearTemplateCache();
  await deliverUntilAcked([j], withUpstream());
  const sms = await testEnv.DB.prepare("SELECT state FROM sms WHERE user_id = ? AND id = ?")
    .bind(user, j.sms_id)
    .first<{ state: string }>();
  const tx = await testEnv.DB.prepare(
    "SELECT amount_minor, direction, parser FROM transactions WHERE user_id = ? AND sms_id = ?",
  )
    .bind(user, j.sms_id)
    .first<{ amount_minor: number; direction: string; parser: string }>();
  return { state: sms?.state, tx };
}

/** Removes every recipe of a format (attacks reuse formats across test runs of this isolate). */
async function forgetFormat(body: string): Promise<string> {
  const fp = fingerprint(ATTACK_SENDER, body);
  const { keys } = await testEnv.TEMPLATES.list({ prefix: "tpl:v2:" });
  await Promise.all(keys.filter((k) => k.name.includes(fp)).map((k) => testEnv.TEMPLATES.delete(k.name)));
  return fp;
}

describe("cross-user attacks on learned templates", () => {
  it("slot tie: a hostile SMS whose trace number equals its amount teaches nothing; the victim's alert keeps its amount", async () => {
    const fp = await forgetFormat(ATTACK.tieHostile);
    const attacker = newUser("attacker");
    const victim = newUser("victim");
    expect((await send(attacker, ATTACK.tieHostile)).tx?.amount_minor).toBe(250000);
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, attacker))).toBeNull();
    const read = await send(victim, ATTACK.tieGenuine);
    expect(read.tx).toMatchObject({ amount_minor: 12000, direction: "debit" });
    expect(read.tx?.parser).toMatch(/^llm:/);
  });

  it("scripted answers: an attacker's answer that an OTP is a 5,000.00 debit never reaches another user's OTP", async () => {
    const fp = await forgetFormat(ATTACK.otpHostile);
    const attacker = newUser("attacker");
    const victim = newUser("victim");
    expect((await send(attacker, ATTACK.otpHostile)).tx?.amount_minor).toBe(500000);
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, attacker))).not.toBeNull();
    const read = await send(victim, ATTACK.otpGenuine);
    expect(read).toEqual({ state: "not_financial", tx: null });
    // Offered for the rules' check at most: no other user's SMS is read by it unchecked.
    expect(await recipeFor(store(), fp, newUser("other"))).toBeNull();
  });

  it("overwrite: an attacker's different answer for a format never replaces the recipe another user taught", async () => {
    const fp = await forgetFormat(ATTACK.otpGenuine);
    const victim = newUser("victim");
    const attacker = newUser("attacker");
    expect(await send(victim, ATTACK.otpGenuine)).toEqual({ state: "not_financial", tx: null });
    const before = await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, victim));
    expect(before).not.toBeNull();
    expect((await send(attacker, ATTACK.otpHostile)).tx?.amount_minor).toBe(500000);
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, victim))).toBe(before);
    expect(await recipeFor(store(), fp, newUser("other"))).toBeNull();
    expect(await send(victim, ATTACK.otpGenuine)).toEqual({ state: "not_financial", tx: null });
  });

  it("membership: a probe with another customer's name is read by the upstream, not by that customer's template", async () => {
    const fp = await forgetFormat(ATTACK.probe);
    const customer = newUser("customer");
    const prober = newUser("prober");
    expect((await send(customer, ATTACK.probeTaught)).tx?.parser).toMatch(/^llm:/);
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, customer))).not.toBeNull();
    expect((await send(prober, ATTACK.probe)).tx?.parser).toMatch(/^llm:/);
    expect((await send(customer, ATTACK.probe)).tx?.parser).toMatch(/^template:/);
  });

  it("erasing a user removes the recipes only they taught, in KV", async () => {
    const fp = await forgetFormat(ATTACK.probe);
    const a = newUser("a");
    const b = newUser("b");
    await send(a, ATTACK.probeTaught);
    await send(b, ATTACK.probe);
    const shared = JSON.parse((await testEnv.TEMPLATES.get(RECIPE_KEYS.shared(fp))) ?? "null") as {
      taughtBy: string[];
    } | null;
    expect(shared?.taughtBy.sort()).toEqual([a, b].sort());
    expect(await forgetUser(store(), a)).toEqual({ own: 1, shared: 0 });
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, a))).toBeNull();
    expect(await forgetUser(store(), b)).toEqual({ own: 1, shared: 1 });
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.shared(fp))).toBeNull();
  });
});
