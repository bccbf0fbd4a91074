// The rules' check (issue 16) on the real queue handler, KV, the RateLimiter Durable Object and D1: a recipe one
// user's answer taught reads another user's SMS of the format only where the rules' reading of it agrees.
import { describe, expect, inject, it } from "vitest";
import { fingerprint, kvRecipeStore, RECIPE_KEYS } from "@smsledger/core";
import { clearTemplateCache } from "../src/templates/store";
import { COOP, COOP_SENDER } from "./coop";
import { envWith, job, recordQueued, testEnv } from "./helpers";
import { deliverUntilAcked } from "./redeliver";

const llmUrl = inject("fakeLlmUrl");
const upstreamVars = {
  UPSTREAM_URL: llmUrl,
  UPSTREAM_MODEL: "fake-llm",
  UPSTREAM_MAX_RPS: "50",
  UPSTREAM_INITIAL_RPS: "50",
};
const newUser = (role: string) => `usr_${role}_${crypto.randomUUID().slice(0, 8)}`;
const requests = async () =>
  ((await (await fetch(`${llmUrl.replace(/\/v1$/, "")}/admin/stats`)).json()) as { requests: number }).requests;

async function send(user: string, body: string, vars: Record<string, string> = {}) {
  const j = job(user, `s_${crypto.randomUUID().slice(0, 8)}`, COOP_SENDER, body);
  await recordQueued(j);
  clearTemplateCache();
  const before = await requests();
  await deliverUntilAcked([j], envWith({ ...upstreamVars, ...vars }));
  const tx = await testEnv.DB.prepare(
    "SELECT amount_minor, direction, parser FROM transactions WHERE user_id = ? AND sms_id = ?",
  )
    .bind(user, j.sms_id)
    .first<{ amount_minor: number; direction: string; parser: string }>();
  return { calls: (await requests()) - before, tx };
}

/** Removes every recipe of a format (the tests of this isolate share KV). */
async function forgetFormat(body: string): Promise<string> {
  const fp = fingerprint(COOP_SENDER, body);
  const { keys } = await testEnv.TEMPLATES.list({ prefix: "tpl:v2:" });
  await Promise.all(keys.filter((k) => k.name.includes(fp)).map((k) => testEnv.TEMPLATES.delete(k.name)));
  return fp;
}

describe("the rules' check of a recipe another user taught", () => {
  it("rules agreeing: the second user's SMS costs no upstream call, and the recipe becomes shared", async () => {
    const fp = await forgetFormat(COOP.taught);
    const alice = await send(newUser("alice"), COOP.taught);
    expect(alice).toMatchObject({ calls: 1, tx: { amount_minor: 421050 } });
    const bob = newUser("bob");
    const read = await send(bob, COOP.agreeing);
    expect(read.calls).toBe(0);
    expect(read.tx).toMatchObject({ amount_minor: 9900, direction: "debit" });
    expect(read.tx?.parser).toMatch(/^template:/);
    expect(await kvRecipeStore(testEnv.TEMPLATES).shared(fp)).toMatchObject({ promotedBy: "agreement" });
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.own(fp, bob))).not.toBeNull();
  });

  it("rules disagreeing (the first answer called a debit a credit): the second user asks for themselves", async () => {
    const fp = await forgetFormat(COOP.credit);
    expect((await send(newUser("alice"), COOP.credit)).tx?.direction).toBe("credit");
    const read = await send(newUser("bob"), COOP.debit);
    expect(read.calls).toBe(1);
    expect(read.tx).toMatchObject({ amount_minor: 7500, direction: "debit" });
    expect(read.tx?.parser).toMatch(/^llm:/);
    expect(await kvRecipeStore(testEnv.TEMPLATES).shared(fp)).toMatchObject({ promotedBy: "rules" });
  });

  it("a poisoned first answer (the balance as the amount) never reads the second user's SMS", async () => {
    const fp = await forgetFormat(COOP.poisoned);
    expect((await send(newUser("alice"), COOP.poisoned)).tx?.amount_minor).toBe(8000000);
    const read = await send(newUser("bob"), COOP.genuine);
    expect(read.calls).toBe(1);
    expect(read.tx).toMatchObject({ amount_minor: 9900, direction: "debit" });
    expect(read.tx?.parser).toMatch(/^llm:/);
    expect(await kvRecipeStore(testEnv.TEMPLATES).shared(fp)).toMatchObject({ promotedBy: "rules" });
  });

  it("RECIPE_RULES_CHECK=0: the second user asks, as before", async () => {
    const fp = await forgetFormat(COOP.taught);
    const off = { RECIPE_RULES_CHECK: "0" };
    expect((await send(newUser("alice"), COOP.taught, off)).calls).toBe(1);
    expect(await testEnv.TEMPLATES.get(RECIPE_KEYS.shared(fp))).toBeNull();
    const read = await send(newUser("bob"), COOP.agreeing, off);
    expect(read.calls).toBe(1);
    expect(read.tx?.parser).toMatch(/^llm:/);
  });
});
