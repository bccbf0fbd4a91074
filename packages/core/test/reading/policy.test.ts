import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/templates/fingerprint";
import { forgetUser, promoteRecipe, recipeFor } from "../../src/templates/recipe-book";
import { debit, granting, job, readOf, scriptedUpstream, settings, world, zenith } from "./harness";
import type { ParseResult } from "../../src/schemas/parse-result";

const A = "usr_alice";
const B = "usr_bob";
const C = "usr_carol";

const acme = zenith("4,210.50", "ACME TRADERS", "ZX99812");
const bolt = zenith("99.00", "BOLT CABS", "ZX10001", 13);
const tea = zenith("12.25", "TEA POINT", "ZX30003", 15);
const FP = fingerprint("VM-ZENITH-S", acme);
/** The read settings with the rules' check off (RECIPE_RULES_CHECK=0): issue 14's defence alone. */
const off = { ...settings, trust: { ...settings.trust, rulesCheck: false } };
const truth = new Map<string, ParseResult>([
  [acme, debit(421050, "ACME TRADERS", "ZX99812")],
  [bolt, debit(9900, "BOLT CABS", "ZX10001")],
  [tea, debit(1225, "TEA POINT", "ZX30003")],
]);

describe("read policy: templates per format and user", () => {
  it("asks once per format and user, and counts every message a template read (same-batch followers too)", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    const out = await w.read([job(A, acme), job(A, bolt), job(A, tea)], upstream);
    expect(upstream.calls).toHaveLength(1);
    expect(out.map((r) => readOf(r).path)).toEqual(["llm", "template", "template"]);
    expect(out.map((r) => readOf(r).result.amount_minor)).toEqual([421050, 9900, 1225]);
    expect(out.map((r) => readOf(r).result.counterparty)).toEqual(["ACME TRADERS", "BOLT CABS", "TEA POINT"]);
    expect(w.counters.templateHits).toBe(2);

    const again = await w.read([job(A, tea)], upstream);
    expect(readOf(again[0]).path).toBe("template");
    expect(upstream.calls).toHaveLength(1);
    expect(w.counters.templateHits).toBe(3);
  });

  it("without the rules' check, serves another user only after a second user's answer agrees (or an admin)", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    const options = { settings: off };
    await w.read([job(A, acme)], upstream, options);
    expect(readOf((await w.read([job(B, bolt)], upstream, options))[0]).path).toBe("llm");
    expect(upstream.calls.map((c) => c.body)).toEqual([acme, bolt]);
    expect((await w.store.shared(FP))?.taughtBy.sort()).toEqual([A, B]);
    const carol = await w.read([job(C, tea)], upstream, options);
    expect(readOf(carol[0]).path).toBe("template");
    expect(readOf(carol[0]).result.amount_minor).toBe(1225);
    expect(upstream.calls).toHaveLength(2);

    const strict = world();
    await strict.read([job(A, acme)], upstream, {
      settings: { ...off, trust: { ...off.trust, shareMinUsers: 3 } },
    });
    expect(await strict.store.shared(FP)).toBeNull();
    expect(await promoteRecipe(strict.store, FP)).toMatchObject({
      ok: true,
      shared: { promotedBy: "admin", taughtBy: [A] },
    });
    expect(readOf((await strict.read([job(C, tea)], upstream, options))[0]).path).toBe("template");
  });

  it("uses no recipe learned under another prompt or schema version", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    await w.read([job(A, acme)], upstream);
    const changed = { ...settings, trust: { ...settings.trust, upstreamVersion: "u1-another-prompt" } };
    expect(readOf((await w.read([job(A, bolt)], upstream, { settings: changed }))[0]).path).toBe("llm");
    expect(upstream.calls).toHaveLength(2);
  });

  it("gives messages back to the queue when the limiter grants no permit", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    const out = await w.read([job(A, acme), job(B, bolt)], upstream, { permits: granting(1) });
    expect(out.map((r) => r.kind).sort()).toEqual(["later", "read"]);
    expect(upstream.calls).toHaveLength(1);
    expect(w.counters.deferred).toBe(1);
  });
});

describe("read policy: grounding", () => {
  it("drops a value that is not in the text, with a note, and keeps the rest of the reading", async () => {
    const w = world();
    const upstream = scriptedUpstream(new Map([[acme, debit(421050, "ACME TRADERS", "INVENTED-REF-1")]]));
    const read = readOf((await w.read([job(A, acme)], upstream))[0]);
    expect(read.path).toBe("llm");
    expect(read.result).toMatchObject({ amount_minor: 421050, counterparty: "ACME TRADERS", reference: null });
    expect(read.notes).toContain("reference not in the text: dropped");
    expect((await w.store.own(FP, A))?.fields.reference).toEqual({ take: "null" });
  });

  it("rejects an answer whose amount is not in the text, and does not ask about that format again for a while", async () => {
    const w = world();
    const upstream = scriptedUpstream(
      new Map([
        [acme, debit(777, "ACME TRADERS", "ZX99812")],
        [bolt, debit(888, "BOLT CABS", "ZX10001")],
      ]),
    );
    const first = readOf((await w.read([job(A, acme)], upstream))[0]);
    expect(first.path).toBe("rule");
    expect(first.result.parser.startsWith("llm")).toBe(false);
    expect(first.notes).toContain("rejected: amount not in the text");
    const again = readOf((await w.read([job(A, bolt)], upstream))[0]);
    expect(again.notes).toEqual(["format's upstream answer rejected recently"]);
    expect(upstream.calls).toHaveLength(1);
    // Another user asks once; once two users' answers were rejected, nobody asks.
    await w.read([job(B, bolt)], upstream);
    expect(upstream.calls).toHaveLength(2);
    await w.read([job(C, tea)], upstream);
    expect(upstream.calls).toHaveLength(2);
    // After the TTL the format is asked about again.
    w.clock.now += (settings.trust.rejectionTtlSeconds + 1) * 1000;
    await w.read([job(C, tea)], upstream);
    expect(upstream.calls).toHaveLength(3);
  });

  it("rejects a money movement whose currency contradicts the printed one", async () => {
    const w = world();
    const upstream = scriptedUpstream(new Map([[acme, debit(421050, "ACME TRADERS", "ZX99812", { currency: "USD" })]]));
    const read = readOf((await w.read([job(A, acme)], upstream))[0]);
    expect(read.path).toBe("rule");
    expect(read.notes?.[0]).toMatch(/^rejected: currency USD/);
  });
});

/** A trace number printed before the amount: the attack format of the "slot tie". */
const traced = (trace: string, amount: string) =>
  `ZENITH COOP trace ${trace}: you paid ${amount} (INR) from acct ending 4455 at KIOSK.`;

describe("read policy: the four attacks of issue 14", () => {
  it("slot tie: an amount printed twice teaches no recipe, so a later alert is never read from the trace number", async () => {
    const w = world();
    const hostile = traced("2500.00", "2500.00");
    const genuine = traced("431298765432", "120.00");
    const upstream = scriptedUpstream(
      new Map([
        [hostile, debit(250000, "KIOSK", null)],
        [genuine, debit(12000, "KIOSK", null)],
      ]),
    );
    const taught = readOf((await w.read([job(A, hostile)], upstream))[0]);
    expect(taught.result.amount_minor).toBe(250000);
    expect(taught.notes).toContain("amount printed in several places: format not learned");
    expect(await w.store.own(fingerprint("VM-ZENITH-S", hostile), A)).toBeNull();
    for (const user of [A, B]) {
      const read = readOf((await w.read([job(user, genuine)], upstream))[0]);
      expect(read.path).toBe("llm");
      expect(read.result.amount_minor).toBe(12000);
    }
  });

  const otp = (code: string, amount: string) =>
    `ZENITH COOP: ${code} is the code to confirm ${amount} (INR) to be paid at KIOSK. Never share it.`;
  const scripted: [string, string, ParseResult, ParseResult, Partial<ParseResult>][] = [
    [
      "an OTP counted as a 5,000.00 debit",
      otp("482913", "5,000.00"),
      debit(500000, "KIOSK", null),
      { ...debit(0, null, null), intent: "otp", direction: null, amount_minor: null, account: null },
      { intent: "otp", amount_minor: null },
    ],
    [
      "a debit turned into a salary credit",
      zenith("2,000.00", "ACME TRADERS", "ZX55555"),
      debit(200000, "ACME TRADERS", "ZX55555", { direction: "credit", category: "salary" }),
      debit(9900, "BOLT CABS", "ZX10001"),
      { direction: "debit", amount_minor: 9900 },
    ],
    [
      "a 2,000.00 debit made to vanish as not financial",
      zenith("2,000.00", "ACME TRADERS", "ZX55555"),
      { ...debit(0, null, null), intent: "promo", direction: null, amount_minor: null, account: null, confidence: 0.9 },
      debit(9900, "BOLT CABS", "ZX10001"),
      { intent: "transaction", amount_minor: 9900 },
    ],
  ];
  it.each(scripted)(
    "scripted answers: %s only ever affects the user who scripted it",
    async (_name, hostileBody, hostileAnswer, genuineAnswer, expected) => {
      const w = world();
      const genuineBody = hostileBody.startsWith("ZENITH COOP: you paid") ? bolt : otp("110022", "750.00");
      const upstream = scriptedUpstream(
        new Map([
          [hostileBody, hostileAnswer],
          [genuineBody, genuineAnswer],
        ]),
      );
      expect(fingerprint("VM-ZENITH-S", hostileBody)).toBe(fingerprint("VM-ZENITH-S", genuineBody));
      await w.read([job(A, hostileBody)], upstream);
      expect(await w.store.own(fingerprint("VM-ZENITH-S", hostileBody), A)).not.toBeNull();
      const victim = readOf((await w.read([job(B, genuineBody)], upstream))[0]);
      expect(victim.path).toBe("llm");
      expect(victim.result).toMatchObject(expected);
      // Offered for the rules' check at most: no user's SMS is read by it unchecked.
      expect(await recipeFor(w.store, fingerprint("VM-ZENITH-S", hostileBody), C)).toBeNull();
    },
  );

  it("overwrite: another user's different answer never replaces a recipe", async () => {
    const w = world();
    const upstream = scriptedUpstream(
      new Map([
        [acme, truth.get(acme) as ParseResult],
        [bolt, debit(9900, "BOLT CABS", "ZX10001", { direction: "credit" })],
      ]),
    );
    await w.read([job(A, acme)], upstream);
    const before = await w.store.own(FP, A);
    // B's rules read a debit and A's recipe too: B is asked only without the rules' check.
    await w.read([job(B, bolt)], upstream, { settings: off });
    expect(upstream.calls.map((c) => c.body)).toEqual([acme, bolt]);
    expect(await w.store.own(FP, A)).toEqual(before);
    expect(await recipeFor(w.store, FP, C)).toBeNull();
    expect(readOf((await w.read([job(A, tea)], upstream))[0]).result.direction).toBe("debit");
  });

  it("membership: a format taught by one user tells another user nothing (no template reading, no shared text)", async () => {
    const w = world();
    const personal = (amount: string) =>
      `ZENITH COOP: RAVI SHANKAR VERMA paid ${amount} (INR) from acct ending 4455. Ref ZX10001.`;
    const upstream = scriptedUpstream(
      new Map([
        [personal("99.00"), debit(9900, null, "ZX10001")],
        [personal("5.00"), debit(500, null, "ZX10001")],
      ]),
    );
    await w.read([job(A, personal("99.00"))], upstream);
    const probe = readOf((await w.read([job(B, personal("5.00"))], upstream))[0]);
    expect(probe.result.parser).toBe("llm:scripted");
    expect(upstream.calls).toHaveLength(2);
  });

  it("shared recipes hold no literal personal text: names in the salutation are slots", async () => {
    const w = world();
    const dear = (name: string, amount: string) =>
      `Dear ${name}, you paid ${amount} (INR) from acct ending 4455 at KIOSK. Ref ZX10001.`;
    const upstream = scriptedUpstream(
      new Map([
        [dear("RAVI SHANKAR", "99.00"), debit(9900, "KIOSK", "ZX10001")],
        [dear("ANITA DESAI", "5.00"), debit(500, "KIOSK", "ZX10001")],
      ]),
    );
    await w.read([job(A, dear("RAVI SHANKAR", "99.00"))], upstream);
    await w.read([job(B, dear("ANITA DESAI", "5.00"))], upstream);
    const shared = await w.store.shared(fingerprint("VM-ZENITH-S", dear("X", "1.00")));
    expect(shared?.taughtBy.sort()).toEqual([A, B]);
    const text = JSON.stringify(shared?.recipe).toLowerCase();
    for (const personal of ["ravi", "shankar", "anita", "desai"]) expect(text).not.toContain(personal);
  });

  it("erasing a user removes the recipes only they taught", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    await w.read([job(A, acme)], upstream);
    await w.read([job(B, bolt)], upstream);
    expect(await forgetUser(w.store, A)).toEqual({ own: 1, shared: 0 });
    expect(await w.store.own(FP, A)).toBeNull();
    expect((await w.store.shared(FP))?.taughtBy).toEqual([B]);
    expect(await forgetUser(w.store, B)).toEqual({ own: 1, shared: 1 });
    expect(await w.store.shared(FP)).toBeNull();
  });
});
