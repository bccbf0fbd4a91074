import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processLine } from "../../src/cli/parse";
import { parseSms, parseSmsUnguarded } from "../../src/parser/index";
import { normalizeBody } from "../../src/parser/normalize";
import { MONEY_MOVING_INTENTS, ParseResult, type ParseInput, type ParseOptions } from "../../src/schemas/parse-result";
import { loadFixtures } from "./load-fixtures";

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const NO_CATEGORY = new Set(["otp", "promo", "balance", "other"]);

/**
 * Parses with the unguarded entry point (an internal error throws here instead of being turned into
 * `error@1` by parseSms's safety net) and checks what must hold for every input; returns the result.
 */
function parseChecked(input: ParseInput, options: ParseOptions = {}): ParseResult {
  const result = parseSmsUnguarded(input, options);
  expect(ParseResult.safeParse(result).success).toBe(true);
  expect(parseSms(input, options)).toEqual(result); // the safety net changed nothing, and parsing is pure
  expect(result.parser).toMatch(/^[a-z]+(?::[\w.-]+)*@\d+$/);
  expect(result.parser.startsWith("error")).toBe(false);
  if (result.amount_minor !== null)
    expect(Number.isSafeInteger(result.amount_minor) && result.amount_minor >= 0).toBe(true);
  if (result.balance_minor !== null) expect(Number.isSafeInteger(result.balance_minor)).toBe(true);
  // A currency exactly when there is an amount, and then a real ISO 4217 code.
  expect(result.currency === null).toBe(result.amount_minor === null);
  if (result.currency !== null) expect(ISO_CURRENCIES.has(result.currency)).toBe(true);
  if (MONEY_MOVING_INTENTS.has(result.intent)) {
    // A money movement always says which way and how much (else the parser must hand it over as `other`).
    expect(result.direction).not.toBeNull();
    expect(result.amount_minor).toBeGreaterThan(0);
    if (result.intent === "refund") expect(result.direction).toBe("credit");
  }
  if (NO_CATEGORY.has(result.intent)) expect(result.category).toBeNull();
  if (result.account_kind !== null && result.account_kind !== "wallet") expect(result.account).not.toBeNull();
  if (result.occurred_at !== null) expect(Number.isNaN(Date.parse(result.occurred_at))).toBe(false);
  return result;
}

const noise = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "\u202e",
    "\u200f",
    "مرحبا بالعالم",
    "שלום",
    "😀💸🏦",
    "\u0000\u0007\u001b[31m",
    "\r\n\t",
    "आपके खाते XX1234 से रु.",
  ),
  fc.constantFrom(
    "Rs.500.00 debited from A/c XX1234 on 12-11-26 to VPA a@b UPI Ref 431234567890. Avl Bal Rs 1,00,000.00",
    "Spent INR 1,00,00,00,00,00,000.99 On HDFC Bank Card 5678 At X On 2026-13-45:99:99:99",
    "Rs.9999999999999999999.99 credited",
    "Sent Rs.\nFrom HDFC Bank A/C *\nTo \nOn \nRef ",
  ),
);
const body = fc.array(noise, { maxLength: 8 }).map((parts) => parts.join(" "));
const sender = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("VM-HDFCBK-S", "AX-SBIUPI-T", "MPESA", "CHASE", "", "VM-"),
);
const receivedAt = fc.oneof(
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "invalid" : d.toISOString())),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "",
    "2026-11-12T10:00:00+05:30",
    "2026-02-30T99:00:00Z",
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00Z",
  ),
);

describe("parser never fails", () => {
  it("on arbitrary input: no internal error, and every invariant of a reading holds", () => {
    fc.assert(
      fc.property(
        sender,
        body,
        receivedAt,
        fc.constantFrom(undefined, "Asia/Kolkata", "America/New_York", "Not/AZone"),
        (s, b, r, tz) => {
          parseChecked({ sender: s, body: b, received_at: r }, tz ? { timeZone: tz } : {});
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("on 10,000-character bodies", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 10000, maxLength: 10000 }), (b) => {
        parseChecked({ sender: "VM-HDFCBK-S", body: b, received_at: "x" });
      }),
      { numRuns: 20 },
    );
    const long = "Rs.500 debited from A/c XX1234 ".repeat(400) + "x".repeat(10000);
    const started = performance.now();
    const result = parseSms({ sender: "VM-HDFCBK-S", body: long, received_at: "" });
    expect(performance.now() - started).toBeLessThan(200);
    expect(parseChecked({ sender: "VM-HDFCBK-S", body: long, received_at: "" })).toEqual(result);
  });

  it("survives non-string fields", () => {
    const weird = [null, undefined, 42, {}, []] as unknown[];
    for (const v of weird) {
      const input = { sender: v, body: v, received_at: v } as unknown as ParseInput;
      expect(parseChecked(input).intent).toBe("other");
    }
    expect(parseChecked(null as unknown as ParseInput).intent).toBe("other");
  });

  it("CLI line processing never throws and always yields one JSON object", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json()), (line) => {
        const out = JSON.parse(processLine(line)) as Record<string, unknown>;
        expect(out).toHaveProperty("intent");
        expect(out).toHaveProperty("confidence");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("no catastrophic backtracking", () => {
  it("parses 1,000-char repetitive bodies quickly", () => {
    const pieces = [
      "to ",
      "at ",
      "1,",
      "rs.1,",
      "a@",
      "xx",
      "a/c ",
      "upi/",
      "neft cr-",
      "; ",
      "12/11/",
      "nov ",
      "12nov",
      "from ",
      "ending ",
      "upi/p2m/1234567/",
      "inr 1",
      "1a",
      "debited ",
      "ref ",
      "tzs 1",
      "١,",
      "#1",
      "\n-1,000",
    ];
    const senders = [
      "VM-HDFCBK-S",
      "AX-SBIUPI-T",
      "MPESA",
      "VM-AXISBK-S",
      "AMEXIN",
      "JD-ICICIB",
      "x",
      "CRDB BANK",
      "MELLI",
      "BBL",
    ];
    // Three passes; each case's time is its fastest of the last two. Backtracking costs on every call; a regex's
    // first compilation (first pass) or a GC pause on a busy machine does not repeat.
    const best = new Map<string, number>();
    for (const pass of [0, 1, 2]) {
      for (const p of pieces) {
        for (const q of ["", "a", "1", " ", "A"]) {
          const body = (p + q).repeat(Math.ceil(1000 / (p + q).length));
          for (const sender of senders) {
            const started = performance.now();
            parseSmsUnguarded({ sender, body, received_at: "2026-11-12T10:00:00+05:30" });
            const ms = performance.now() - started;
            const key = `${sender}|${p}${q}`;
            if (pass > 0) best.set(key, Math.min(best.get(key) ?? Infinity, ms));
          }
        }
      }
    }
    const worst = Math.max(...best.values());
    expect(worst).toBeLessThan(50);
  });
});

describe("normalizeBody", () => {
  it("is idempotent and leaves no doubled or edge white space", () => {
    const piece = fc.constantFrom("a", " ", "\n", "\r", "\t", "\u00a0", "\u200b", "x", "  ", "\u3000", "\u202e", "₹");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
        ),
        (s) => {
          const once = normalizeBody(s);
          expect(normalizeBody(once)).toBe(once);
          expect(/ {2}|^\s|\s$| \n|\n /.test(once)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("mutated real alerts", () => {
  it("never reach the internal-error path and always validate", () => {
    const bodies = loadFixtures().map((f) => f.body);
    let movements = 0;
    fc.assert(
      fc.property(
        fc.nat(bodies.length - 1),
        fc.string({ unit: "binary", maxLength: 30 }),
        fc.nat(300),
        (i, insert, pos) => {
          const body = bodies[i] ?? "";
          const mutated = body.slice(0, pos) + insert + body.slice(pos);
          const result = parseChecked({
            sender: "VM-HDFCBK-S",
            body: mutated,
            received_at: "2026-11-12T10:00:00+05:30",
          });
          if (MONEY_MOVING_INTENTS.has(result.intent)) movements++;
        },
      ),
      { numRuns: 3000 },
    );
    // The invariants on money movements were exercised, not skipped (about half the fixtures move money).
    expect(movements).toBeGreaterThan(600);
  });
});
