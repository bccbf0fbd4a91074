import { describe, expect, it } from "vitest";
import { stateOf } from "../../src/ledger/state";
import { parseSms } from "../../src/parser/index";
import { learnFromReading } from "../../src/reading/learn-reading";
import { ruleVerdict } from "../../src/reading/trust";
import type { ParseResult } from "../../src/schemas/parse-result";
import { fingerprint } from "../../src/templates/fingerprint";
import { debit, granting, job, readOf, scriptedUpstream, settings, world } from "./harness";

const A = "usr_alice";
const B = "usr_bob";
const received_at = "2026-11-12T10:00:00+05:30";

/** A known institution's own rule reads it (rules/ of American Express). */
const AMEX = "AD-AMEXIN-S";
const amex = (amount: string, merchant: string) =>
  `Alert: You've spent INR ${amount} on your AMEX card ** 61234 at ${merchant} on 3 November 2026 at 07:40 PM IST. ` +
  "Call 18004191414 if this was not made by you.";
/** A known bank, but read by the generic English fallback (no rule of its own for this wording). */
const KOTAK = "VM-KOTAKB-S";
const kotak = (amount: string, vpa: string, ref: string) =>
  `Rs.${amount} debited from Kotak Bank a/c XX7781 to VPA ${vpa} on 12-11-26. UPI Ref ${ref}.`;
/** A known bank read by a locale pack (Swahili), not by a rule. */
const CRDB = "CRDB BANK";
const crdb = (amount: string, name: string, ref: string) =>
  `Umetoa TZS ${amount} kwenda ${name}. Salio: TZS 120,500.00. Kumbukumbu ${ref}`;
/** A known bank's alert cut short: no amount, account or movement word printed, the rules see nothing money-like
 * (a cut alert that names an account or card goes to review by the rules alone). */
const ENPARA = "Enpara";
const cut = "Sayin musterimiz, Enpara.com islem bilgilendirmesi";

const verdict = (sender: string, body: string) => {
  const input = { sender, body, received_at };
  return ruleVerdict(parseSms(input), input);
};
const kotakDebit = (minor: number, vpa: string, ref: string): ParseResult =>
  debit(minor, vpa, ref, { account: "7781", method: "UPI", institution: "Kotak Mahindra Bank" });

describe("ruleVerdict: only a known institution's rule is the last word", () => {
  it("trusts a rule, sends fallback readings on as unseen formats, and keeps unsure readings unsure", () => {
    expect(verdict(AMEX, amex("2,310.00", "CORNER BAKERY"))).toBe("trusted");
    expect(verdict(KOTAK, kotak("640.00", "chai.point@okaxis", "631245789012"))).toBe("unseen");
    expect(verdict(CRDB, crdb("45,000.00", "MARIA PETRO", "MX77120"))).toBe("unseen");
    expect(verdict(ENPARA, cut)).toBe("unseen");
    expect(verdict("VM-ZENITH-S", "ZENITH COOP: you paid 4,210.50 (INR) from acct ending 4455 to ACME on 12/11.")).toBe(
      "unsure",
    );
  });

  it("trusts what no reader could make more of: chatter from a number, an OTP naming no institution", () => {
    expect(verdict("+919812345678", "hi, are we meeting at 5?")).toBe("trusted");
    expect(verdict("VM-ZENITH-S", "Your OTP for login is 482913. Do not share it with anyone.")).toBe("trusted");
  });

  it("never trusts a reading that names a movement as 'nothing money-like', whatever the money signal misses", () => {
    const pix = "Banco X: Pix recebido de JOAO LIMA no valor de R$ 310,00 em 02/11/2026 as 08:15";
    const yen = "カードX: 4,500円のご利用がありました。利用先: CAFE ROUTE 11/02";
    for (const body of [pix, yen]) {
      const input = { sender: "BANCOX", body, received_at };
      const result = parseSms(input);
      // The rules read a movement the money signal does not see (so stateOf says not_financial) ...
      expect(result.intent).toBe("transaction");
      expect(result.amount_minor).not.toBeNull();
      expect(stateOf(result, body, input.sender)).toBe("not_financial");
      // ... so the format is unseen (templates, then the upstream), not settled as not financial.
      expect(ruleVerdict(result, input)).toBe("unseen");
    }
  });
});

describe("read policy: unseen formats go to templates, then once per format to the upstream", () => {
  const first = kotak("640.00", "chai.point@okaxis", "631245789012");
  const second = kotak("1,215.50", "metro.card@okicici", "631245789999");
  const truth = new Map<string, ParseResult>([
    [first, kotakDebit(64000, "chai.point@okaxis", "631245789012")],
    [second, kotakDebit(121550, "metro.card@okicici", "631245789999")],
  ]);

  it("asks the upstream about a fallback reading once, then the learned template reads the format", async () => {
    const w = world();
    const upstream = scriptedUpstream(truth);
    const [asked] = await w.read([job(A, first, KOTAK)], upstream);
    expect(readOf(asked).path).toBe("llm");
    const [follower] = await w.read([job(A, second, KOTAK)], upstream);
    expect(readOf(follower).path).toBe("template");
    expect(readOf(follower).result.amount_minor).toBe(121550);
    expect(upstream.calls).toHaveLength(1);
  });

  it("keeps a known institution's rule reading without asking", async () => {
    const w = world();
    const upstream = scriptedUpstream(new Map());
    const [read] = await w.read([job(A, amex("2,310.00", "CORNER BAKERY"), AMEX)], upstream);
    expect(readOf(read).path).toBe("rule");
    expect(readOf(read).result.parser).toMatch(/^rule:/);
    expect(upstream.calls).toHaveLength(0);
  });

  it("with no upstream configured, the rules' verdict stands (a rules-only deployment reads as the rules do)", async () => {
    const w = world();
    const body = kotak("640.00", "chai.point@okaxis", "631245789012");
    const out = await w.read([job(A, body, KOTAK)], null as never);
    const read = readOf(out[0]);
    expect(read.path).toBe("rule");
    expect(stateOf(read.result, body, KOTAK)).toBe("parsed");
  });

  it("an unseen format the upstream cannot confirm waits in review with the rules' guess attached", async () => {
    const w = world();
    const body = crdb("45,000.00", "MARIA PETRO", "MX77120");
    // The limiter grants nothing and this is the message's last attempt (max_retries 0): no answer will come.
    const out = await w.read([job(A, body, CRDB)], scriptedUpstream(new Map()), {
      permits: granting(0),
      settings: { ...settings, maxRetries: 0 },
    });
    const read = readOf(out[0]);
    expect(read.path).toBe("rule");
    expect(read.result.amount_minor).toBe(4500000);
    expect(read.result.currency).toBe("TZS");
    expect(stateOf(read.result, body, CRDB)).toBe("needs_review");
    expect(read.notes?.join(" ")).toMatch(/unconfirmed/);
  });

  it("an unconfirmed guess that names a movement the money signal misses waits in review, never not_financial", async () => {
    const w = world();
    const body = "Banco X: Pix recebido de JOAO LIMA no valor de R$ 310,00 em 02/11/2026 as 08:15";
    const out = await w.read([job(A, body, "BANCOX")], scriptedUpstream(new Map()), {
      permits: granting(0),
      settings: { ...settings, maxRetries: 0 },
    });
    const read = readOf(out[0]);
    expect(read.path).toBe("rule");
    expect(read.result).toMatchObject({ intent: "transaction", direction: "credit", amount_minor: 31000 });
    // stateOf alone would store it not_financial (no money signal): the resolution says review.
    expect(stateOf(read.result, body, "BANCOX")).toBe("not_financial");
    expect(out[0]).toMatchObject({ kind: "read", review: true });
  });

  it("an answer that says money moved but cannot be grounded sends the SMS to review, never to not_financial", async () => {
    const w = world();
    const upstream = scriptedUpstream(new Map([[cut, debit(52000, null, null, { currency: "TRY" })]]));
    expect(stateOf(parseSms({ sender: ENPARA, body: cut, received_at }), cut, ENPARA)).toBe("not_financial");
    const [out] = await w.read([job(A, cut, ENPARA)], upstream);
    expect(out).toMatchObject({ kind: "read", review: true });
    expect(readOf(out).notes?.join(" ")).toMatch(/rejected: amount not in the text/);
    // The format is remembered as rejected: its next SMS does not ask again, and waits in review too.
    const [again] = await w.read([job(A, cut, ENPARA)], upstream);
    expect(again).toMatchObject({ kind: "read", review: true });
    expect(upstream.calls).toHaveLength(1);
  });
});

describe("learnFromReading: the entry point of a review's resolve", () => {
  const first = crdb("45,000.00", "MARIA PETRO", "MX77120");
  const later = crdb("3,250.00", "JUMA HASSANI", "MX80011");
  const fields = (minor: number, name: string, ref: string): ParseResult =>
    debit(minor, name, ref, { currency: "TZS", account: null, account_kind: null, parser: "user:resolve" });

  it("learns a recipe from a user's confirmed fields exactly as from an upstream answer, serving that user first", async () => {
    const w = world();
    const maria = fields(4500000, "MARIA PETRO", "MX77120");
    // Without the rules' check (RECIPE_RULES_CHECK off), as issue 14 had it; with it, see rule-check.test.ts.
    const off = { ...settings, trust: { ...settings.trust, rulesCheck: false } };
    const learned = await learnFromReading(w.store, job(A, first, CRDB), A, maria, off.trust);
    expect(learned.remembered).toBe("own");
    expect(learned.fingerprint).toBe(fingerprint(CRDB, first));
    const upstream = scriptedUpstream(new Map());
    const [mine] = await w.read([job(A, later, CRDB)], upstream);
    expect(readOf(mine).path).toBe("template");
    expect(readOf(mine).result).toMatchObject({
      amount_minor: 325000,
      counterparty: "JUMA HASSANI",
      reference: "MX80011",
    });
    // Another user is not served by one user's resolve (agreement or an admin is needed).
    const lastTry = { permits: granting(0), settings: { ...off, maxRetries: 0 } };
    const [theirs] = await w.read([job(B, later, CRDB)], upstream, lastTry);
    expect(readOf(theirs).path).toBe("rule");
    expect(upstream.calls).toHaveLength(0);
  });

  it("grounds the fields: a value not in the text is dropped, an amount not in the text teaches nothing", async () => {
    const w = world();
    const wrong = await learnFromReading(
      w.store,
      job(A, first, CRDB),
      A,
      fields(999, "MARIA PETRO", "MX77120"),
      settings.trust,
    );
    expect(wrong.reading).toBeNull();
    expect(wrong.remembered).toBeNull();
    const other = fields(4500000, "SOMEONE ELSE", "MX77120");
    const partly = await learnFromReading(w.store, job(A, first, CRDB), A, other, settings.trust);
    expect(partly.reading?.counterparty).toBeNull();
    expect(partly.notes).toContain("counterparty not in the text: dropped");
  });
});

describe("template readings keep what the rules read of the same SMS", () => {
  const HDFC = "VM-HDFCBK";
  const txn = (amount: string, merchant: string, ref: string) =>
    `Txn Rs.${amount}\nOn HDFC Bank Card 4411\nAt ${merchant}\nby UPI ${ref}\nOn 12-11\nNot You?\n` +
    "Call 18002586161/SMS BLOCK CC 4411 to 7308080808";
  const first = txn("1,250.00", "CORNER CAFE", "612345678901");
  const second = txn("89.00", "BOOK NOOK", "612345670002");
  const card = (minor: number, merchant: string, ref: string): ParseResult =>
    debit(minor, merchant, ref, { account: "4411", account_kind: "card", method: "UPI", institution: "HDFC Bank" });

  it("an account printed twice is never learned, and the template's reading takes the rules' account", async () => {
    expect(verdict(HDFC, first)).toBe("unseen");
    const w = world();
    const upstream = scriptedUpstream(new Map([[first, card(125000, "CORNER CAFE", "612345678901")]]));
    await w.read([job(A, first, HDFC)], upstream);
    const recipe = await w.store.own(fingerprint(HDFC, first), A);
    expect(recipe?.fields.account).toEqual({ take: "null" });
    const [read] = await w.read([job(A, second, HDFC)], upstream);
    expect(readOf(read).path).toBe("template");
    expect(readOf(read).result).toMatchObject({ amount_minor: 8900, counterparty: "BOOK NOOK", account: "4411" });
    expect(upstream.calls).toHaveLength(1);
  });
});
