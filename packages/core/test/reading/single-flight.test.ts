import { describe, expect, it } from "vitest";
import { AskLeases, type AskRules } from "../../src/reading/ask-leases";
import { readMessages } from "../../src/reading/read-batch";
import type { Resolution, UpstreamClient } from "../../src/reading/ports";
import { stateOf } from "../../src/ledger/state";
import type { ParseInput, ParseResult } from "../../src/schemas/parse-result";
import { coop, debit, job, leasing, readOf, scriptedUpstream, SENDER, settings, world, zenith } from "./harness";

const A = "usr_alice";
const B = "usr_bob";
const C = "usr_carol";
const rules: AskRules = { perFormat: 2, leaseMs: 30_000 };
const all = (n: number) => ({ granted: n, retryAfterMs: 0 });

const values: [string, string, string, number][] = [
  ["4,210.50", "ACME TRADERS", "ZX99812", 12],
  ["99.00", "BOLT CABS", "ZX10001", 13],
  ["12.25", "TEA POINT", "ZX30003", 15],
  ["7,000.00", "DELTA MART", "ZX40004", 16],
  ["310.75", "ECHO FUELS", "ZX50005", 17],
];
const bodies = values.map((v) => zenith(...v));
/** The same SMS in a format the rules read confidently, so that they can check another user's recipe. */
const coopBodies = values.map((v) => coop(...v));
const amounts = [421050, 9900, 1225, 700000, 31075];
const payees = ["ACME TRADERS", "BOLT CABS", "TEA POINT", "DELTA MART", "ECHO FUELS"];
const refs = ["ZX99812", "ZX10001", "ZX30003", "ZX40004", "ZX50005"];
const truth = new Map<string, ParseResult>(
  [...bodies, ...coopBodies].map((b, i) => [
    b,
    debit(amounts[i % 5] as number, payees[i % 5] as string, refs[i % 5] as string),
  ]),
);

/** An upstream that answers only when `open()` is called: a slow upstream, as under load. */
function gatedUpstream(script: Map<string, ParseResult>): UpstreamClient & { calls: ParseInput[]; open(): void } {
  const inner = scriptedUpstream(script);
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const client = async (input: ParseInput) => {
    const pending = inner(input);
    await gate;
    return pending;
  };
  return Object.assign(client, { calls: inner.calls, open: () => open() });
}

const later = (r: Resolution | undefined) => (r?.kind === "later" ? r : null);
/** Lets the pending reads run up to their upstream call. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("AskLeases: one batch asks about a format at a time", () => {
  it("makes other batches wait while a user's format is asked about, until the report or the lease's end", () => {
    const leases = new AskLeases();
    const ask = { fingerprint: "f1", user: A };
    expect(leases.claim([ask], rules, 0, all)).toEqual([{ ask: true }]);
    expect(leases.claim([ask], rules, 1_000, all)).toEqual([{ ask: false, waitMs: 29_000, why: "asking" }]);
    leases.release([ask]);
    expect(leases.claim([ask], rules, 2_000, all)).toEqual([{ ask: true }]);
    // Never reported (the batch died): the lease ends on its own.
    expect(leases.claim([ask], rules, 31_999, all)[0]).toMatchObject({ ask: false });
    expect(leases.claim([ask], rules, 32_000, all)).toEqual([{ ask: true }]);
    expect(leases.size(32_000)).toBe(1);
    expect(leases.size(62_000)).toBe(0);
  });

  it("lets at most perFormat users of one format ask at once (the users whose answers must agree)", () => {
    const leases = new AskLeases();
    const verdicts = leases.claim(
      [A, B, C].map((user) => ({ fingerprint: "f1", user })),
      rules,
      0,
      all,
    );
    expect(verdicts.map((v) => v.ask)).toEqual([true, true, false]);
    expect(verdicts[2]).toMatchObject({ why: "asking" });
    expect(leases.claim([{ fingerprint: "f2", user: C }], rules, 0, all)).toEqual([{ ask: true }]);
  });

  it("takes no lease without a permit, and asks the limiter only for the asks that may lead", () => {
    const leases = new AskLeases();
    const wanted: number[] = [];
    const one = (n: number) => {
      wanted.push(n);
      return { granted: Math.min(1, n), retryAfterMs: 700 };
    };
    const asks = [
      { fingerprint: "f1", user: A },
      { fingerprint: "f2", user: A },
    ];
    expect(leases.claim(asks, rules, 0, one)).toEqual([{ ask: true }, { ask: false, waitMs: 700, why: "permit" }]);
    // f1 is being asked about: only f2 may lead, so one permit is asked for.
    expect(leases.claim(asks, rules, 10, one)).toEqual([{ ask: false, waitMs: 29_990, why: "asking" }, { ask: true }]);
    expect(wanted).toEqual([2, 1]);
  });
});

describe("read policy: one upstream call per new format, whatever the load", () => {
  it("two batches of one new format read concurrently cause one upstream call; the waiting one reads its recipe", async () => {
    const w = world();
    const permits = leasing(w.clock);
    const upstream = gatedUpstream(truth);
    const first = w.read([job(A, bodies[0] as string), job(A, bodies[1] as string)], upstream, { permits });
    await settle();
    const second = await w.read([job(A, bodies[2] as string), job(A, bodies[3] as string)], upstream, { permits });
    expect(upstream.calls).toHaveLength(1);
    expect(second.map((r) => later(r)?.reason)).toEqual([
      "another batch is asking about this format",
      "another batch is asking about this format",
    ]);
    upstream.open();
    expect((await first).map((r) => readOf(r).path)).toEqual(["llm", "template"]);
    // The answer is stored and the lease ended with the batch's report: the redelivered messages read the recipe.
    expect(permits.leases.size(w.clock.now)).toBe(0);
    const again = await w.read([job(A, bodies[2] as string), job(A, bodies[3] as string)], upstream, { permits });
    expect(again.map((r) => readOf(r).path)).toEqual(["template", "template"]);
    expect(again.map((r) => readOf(r).result.amount_minor)).toEqual([1225, 700000]);
    expect(upstream.calls).toHaveLength(1);
  });

  it.each([
    ["without the rules' check: two users ask (agreement needs both)", false, 2, bodies],
    ["with the rules' check: one user asks, the others' rules agree with the answer", true, 1, coopBodies],
  ])("a slow upstream does not multiply calls, %s", async (_name, rulesCheck, callers, bodies) => {
    const w = world();
    const permits = leasing(w.clock);
    const upstream = gatedUpstream(truth);
    const options = { permits, settings: { ...settings, trust: { ...settings.trust, rulesCheck } } };
    // Two users' batches arrive at once; three more batches of other users arrive meanwhile.
    const asking = [w.read([job(A, bodies[0] as string)], upstream, options)];
    const second = w.read([job(B, bodies[1] as string)], upstream, options);
    await settle();
    const waiting = [];
    for (const [n, user] of ["usr_d", "usr_e", "usr_f"].entries())
      waiting.push(await w.read([job(user, bodies[2 + n] as string)], upstream, options));
    expect(upstream.calls).toHaveLength(callers);
    expect(waiting.flat().every((r) => later(r)?.reason === "another batch is asking about this format")).toBe(true);
    upstream.open();
    await Promise.all(asking);
    const users: [string, number][] = [
      [B, 1],
      ["usr_d", 2],
      ["usr_e", 3],
      ["usr_f", 4],
    ];
    if (callers === 2) expect(readOf((await second)[0]).path).toBe("llm");
    else expect(later((await second)[0])?.reason).toBe("another batch is asking about this format");
    for (const [user, n] of users.slice(callers === 2 ? 1 : 0)) {
      const [r] = await w.read([job(user, bodies[n] as string)], upstream, options);
      expect(readOf(r).path).toBe("template");
      expect(readOf(r).result.amount_minor).toBe(amounts[n]);
    }
    expect(upstream.calls).toHaveLength(callers);
  });

  it("a waiting message on its last attempt is stored for review instead of waiting forever", async () => {
    const w = world();
    const permits = leasing(w.clock);
    const upstream = gatedUpstream(truth);
    const first = w.read([job(A, bodies[0] as string)], upstream, { permits });
    await settle();
    const last = { permits, settings: { ...settings, maxRetries: 0 } };
    const [r] = await w.read([job(A, bodies[1] as string)], upstream, last);
    expect(readOf(r).path).toBe("rule");
    expect(stateOf(readOf(r).result, bodies[1] as string, SENDER)).toBe("needs_review");
    upstream.open();
    await first;
    expect(upstream.calls).toHaveLength(1);
  });

  it("a failed call ends its lease at once: the next batch may ask", async () => {
    const w = world();
    const permits = leasing(w.clock);
    const failing = scriptedUpstream(new Map());
    const [r] = await w.read([job(A, bodies[0] as string)], failing, { permits });
    expect(later(r)?.reason).toBe("upstream server_error");
    expect(permits.reports).toHaveLength(1);
    expect(permits.leases.size(w.clock.now)).toBe(0);
    const upstream = scriptedUpstream(truth);
    expect(readOf((await w.read([job(A, bodies[0] as string)], upstream, { permits }))[0]).path).toBe("llm");
  });
});

describe("read policy: leases end whatever happens to the batch", () => {
  it("a batch that throws while storing an answer still ends its leases (it is split and retried)", async () => {
    const w = world();
    const permits = leasing(w.clock);
    const broken = {
      ...w.store,
      putOwn: async () => {
        throw new Error("KV down");
      },
    };
    const upstream = scriptedUpstream(truth);
    const pending = [{ job: job(A, bodies[0] as string), attempts: 1 }];
    const read = readMessages(pending, { recipes: broken, permits, upstream }, settings, w.counters);
    await expect(read).rejects.toThrow("KV down");
    expect(permits.reports).toEqual([[{ fingerprint: expect.any(String), user: A }]]);
    expect(permits.leases.size(w.clock.now)).toBe(0);
  });
});

describe("read policy: a recipe whose reading is unsure", () => {
  it("is used as is (review) instead of asking the upstream again for every SMS of the format", async () => {
    const w = world();
    // The answer calls the alert a balance: the text names a payment beside the amount, so its reading is unsure.
    const balance = (minor: number): ParseResult => ({
      ...debit(0, null, null),
      intent: "balance",
      direction: null,
      amount_minor: null,
      balance_minor: minor,
    });
    const upstream = scriptedUpstream(new Map(bodies.map((b, i) => [b, balance(amounts[i] as number)])));
    const [first] = await w.read([job(A, bodies[0] as string)], upstream);
    expect(readOf(first).path).toBe("llm");
    expect(stateOf(readOf(first).result, bodies[0] as string, SENDER)).toBe("needs_review");
    const [next] = await w.read([job(A, bodies[1] as string)], upstream);
    expect(readOf(next).path).toBe("template");
    expect(readOf(next).result.balance_minor).toBe(9900);
    expect(stateOf(readOf(next).result, bodies[1] as string, SENDER)).toBe("needs_review");
    expect(readOf(next).notes?.join(" ")).toMatch(/template reading unsure/);
    expect(upstream.calls).toHaveLength(1);
  });
});
