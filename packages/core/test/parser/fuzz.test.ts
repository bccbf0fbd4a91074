import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { processLine } from "../../src/cli/parse";
import { parseSms } from "../../src/parser/index";
import { normalizeBody } from "../../src/parser/normalize";
import { ParseResult } from "../../src/schemas/parse-result";
import { loadFixtures } from "./load-fixtures";

const noise = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("\u202e", "\u200f", "مرحبا بالعالم", "שלום", "😀💸🏦", "\u0000\u0007\u001b[31m", "\r\n\t", "आपके खाते XX1234 से रु."),
  fc.constantFrom(
    "Rs.500.00 debited from A/c XX1234 on 12-11-26 to VPA a@b UPI Ref 431234567890. Avl Bal Rs 1,00,000.00",
    "Spent INR 1,00,00,00,00,00,000.99 On HDFC Bank Card 5678 At X On 2026-13-45:99:99:99",
    "Rs.9999999999999999999.99 credited",
    "Sent Rs.\nFrom HDFC Bank A/C *\nTo \nOn \nRef ",
  ),
);
const body = fc.array(noise, { maxLength: 8 }).map((parts) => parts.join(" "));
const sender = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("VM-HDFCBK-S", "AX-SBIUPI-T", "MPESA", "CHASE", "", "VM-"));
const receivedAt = fc.oneof(
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "invalid" : d.toISOString())),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "2026-11-12T10:00:00+05:30", "2026-02-30T99:00:00Z", "-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00Z"),
);

describe("parser never throws", () => {
  it("on arbitrary input, always returns a valid ParseResult", () => {
    fc.assert(
      fc.property(sender, body, receivedAt, fc.constantFrom(undefined, "Asia/Kolkata", "America/New_York", "Not/AZone"), (s, b, r, tz) => {
        const result = parseSms({ sender: s, body: b, received_at: r }, tz ? { timeZone: tz } : {});
        const check = ParseResult.safeParse(result);
        expect(check.success).toBe(true);
        if (result.occurred_at !== null) expect(Number.isNaN(Date.parse(result.occurred_at))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("on 10,000-character bodies", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 10000, maxLength: 10000 }), (b) => {
        expect(ParseResult.safeParse(parseSms({ sender: "VM-HDFCBK-S", body: b, received_at: "x" })).success).toBe(true);
      }),
      { numRuns: 20 },
    );
    const long = "Rs.500 debited from A/c XX1234 ".repeat(400) + "x".repeat(10000);
    const started = performance.now();
    expect(ParseResult.safeParse(parseSms({ sender: "VM-HDFCBK-S", body: long, received_at: "" })).success).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("survives non-string fields", () => {
    const weird = [null, undefined, 42, {}, []] as unknown[];
    for (const v of weird) {
      const input = { sender: v, body: v, received_at: v } as unknown as Parameters<typeof parseSms>[0];
      expect(ParseResult.safeParse(parseSms(input)).success).toBe(true);
    }
    expect(ParseResult.safeParse(parseSms(null as unknown as Parameters<typeof parseSms>[0])).success).toBe(true);
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
    const pieces = ["to ", "at ", "1,", "rs.1,", "a@", "xx", "a/c ", "upi/", "neft cr-", "; ", "12/11/", "nov ", "12nov", "from ", "ending ", "upi/p2m/1234567/", "inr 1", "1a", "debited ", "ref ", "tzs 1", "١,", "#1", "\n-1,000"];
    const senders = ["VM-HDFCBK-S", "AX-SBIUPI-T", "MPESA", "VM-AXISBK-S", "AMEXIN", "JD-ICICIB", "x", "CRDB BANK", "MELLI", "BBL"];
    // Three passes; each case's time is its fastest of the last two. Backtracking costs on every call; a regex's
    // first compilation (first pass) or a GC pause on a busy machine does not repeat.
    const best = new Map<string, number>();
    for (const pass of [0, 1, 2]) {
      for (const p of pieces) {
        for (const q of ["", "a", "1", " ", "A"]) {
          const body = (p + q).repeat(Math.ceil(1000 / (p + q).length));
          for (const sender of senders) {
            const started = performance.now();
            parseSms({ sender, body, received_at: "2026-11-12T10:00:00+05:30" });
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
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join(""))), (s) => {
        const once = normalizeBody(s);
        expect(normalizeBody(once)).toBe(once);
        expect(/ {2}|^\s|\s$| \n|\n /.test(once)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("mutated real alerts", () => {
  it("never reach the internal-error path and always validate", () => {
    const bodies = loadFixtures().map((f) => f.body);
    fc.assert(
      fc.property(fc.nat(bodies.length - 1), fc.string({ unit: "binary", maxLength: 30 }), fc.nat(300), (i, insert, pos) => {
        const body = bodies[i] ?? "";
        const res = parseSms({ sender: "VM-HDFCBK-S", body: body.slice(0, pos) + insert + body.slice(pos), received_at: "2026-11-12T10:00:00+05:30" });
        expect(res.parser.startsWith("error")).toBe(false);
        expect(ParseResult.safeParse(res).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
