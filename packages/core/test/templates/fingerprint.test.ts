import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fingerprint, senderEntity, templateOf, fnv1a64Hex } from "../../src/templates/index";
import { FORMATS, WORDING_PAIRS, alertValues } from "./formats";

describe("templateOf", () => {
  it.each([
    ["Rs.1,500.00 debited", "<amount:inr> debited"],
    ["INR 500 debited", "<amount:inr> debited"],
    ["₹500.5 paid", "<amount:inr> paid"],
    ["USD 12.00 spent", "<amount:usd> spent"],
    ["AED 99 spent", "<amount:aed> spent"],
    ["SGD 10.50 spent", "<amount:sgd> spent"],
    ["Ksh1,500.00 sent", "<amount:kes> sent"],
    ["on 12-11-26.", "on <date>."],
    ["on 12Nov26 ", "on <date>"],
    ["on 12-NOV-2026", "on <date>"],
    ["on 2026-11-12:14:22:05.", "on <date>."],
    ["on Nov 12, 2026", "on <date>"],
    ["on 12/11/2026", "on <date>"],
    ["on 12 Nov 14:22 (SGT)", "on <date> <time> (sgt)"],
    ["at 2:30 PM", "at <time>"],
    ["at 14:22", "at <time>"],
    ["A/c XX1234", "a/c <account>"],
    ["card **5678", "card <account>"],
    ["A/c ...1234", "a/c <account>"],
    ["Ref 612345678901", "ref <num>"],
    ["Ref AXIR12345678", "ref <ref>"],
    ["to shop.x@okaxis on", "to <vpa> on"],
    ["mail me@example.co.in", "mail <email>"],
    ["see https://bank.in/x?y=1.", "see <url>."],
    ["call +91 9876543210", "call <phone>"],
    ["to RAJ KUMAR on", "to <name> on"],
    ["trf to SWIGGY Refno 1", "trf to <name> refno <num>"],
    ["Info: ZOMATO. Avl", "info: <name>. avl"],
    ["at AMAZON on", "at <name> on"],
    ["credited to Mr X by", "credited to <name> by"],
    ["  Much   SPACE\n\nhere ", "much space here"],
  ])("%s -> %s", (body, expected) => {
    expect(templateOf(body)).toBe(expected);
  });
});

describe("senderEntity", () => {
  it("reduces DLT headers to the entity", () => {
    expect(senderEntity("VM-HDFCBK-S")).toBe("HDFCBK");
    expect(senderEntity("AD-HDFCBK")).toBe("HDFCBK");
    expect(senderEntity("jd-hdfcbk-t")).toBe("HDFCBK");
    expect(senderEntity("+91 98765-43210")).toBe("919876543210");
    expect(senderEntity("M-PESA")).toBe("MPESA");
  });
});

describe("fnv1a64Hex", () => {
  it("matches the FNV-1a 64 reference values", () => {
    expect(fnv1a64Hex("")).toBe("cbf29ce484222325");
    expect(fnv1a64Hex("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64Hex("foobar")).toBe("85944171f73967e8");
  });
});

describe("fingerprint", () => {
  it.each(FORMATS.map((f) => [f.id, f] as const))("is shared by all alerts of format %s", (_id, format) => {
    fc.assert(
      fc.property(alertValues, alertValues, (a, b) => {
        expect(fingerprint(format.sender, format.body(a))).toBe(fingerprint(format.sender, format.body(b)));
      }),
      { numRuns: 200 },
    );
  });

  it("ignores the DLT prefix and suffix of the sender", () => {
    fc.assert(
      fc.property(
        alertValues,
        fc.constantFrom("VM", "AD", "JD", "BX"),
        fc.constantFrom("", "-S", "-T"),
        (v, prefix, suffix) => {
          const body = FORMATS[0]?.body(v) ?? "";
          expect(fingerprint(`${prefix}-HDFCBK${suffix}`, body)).toBe(fingerprint("VM-HDFCBK-S", body));
        },
      ),
    );
  });

  it("differs between formats, even with the same values", () => {
    fc.assert(
      fc.property(alertValues, (v) => {
        const prints = FORMATS.map((f) => fingerprint(f.sender, f.body(v)));
        expect(new Set(prints).size).toBe(FORMATS.length);
      }),
    );
  });

  it("differs between debit and credit wording", () => {
    fc.assert(
      fc.property(alertValues, alertValues, fc.constantFrom(...WORDING_PAIRS), (a, b, [sender, debit, credit]) => {
        expect(fingerprint(sender, debit(a))).not.toBe(fingerprint(sender, credit(b)));
      }),
    );
  });

  it("differs between banks with the same wording", () => {
    fc.assert(
      fc.property(alertValues, (v) => {
        const body = FORMATS[0]?.body(v) ?? "";
        expect(fingerprint("VM-HDFCBK-S", body)).not.toBe(fingerprint("VM-ICICIB-S", body));
      }),
    );
  });

  it("differs between currencies", () => {
    expect(fingerprint("X", "Rs 5 debited")).not.toBe(fingerprint("X", "USD 5 debited"));
  });

  it("is 16 hex digits", () => {
    expect(fingerprint("VM-HDFCBK-S", "hello")).toMatch(/^[0-9a-f]{16}$/);
  });
});
