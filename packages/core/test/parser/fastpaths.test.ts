import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INSTITUTION_LIST } from "../../src/institutions";
import { requiredLiteral, topLevelAlternatives } from "../../src/parser/required-literal";
import { scanAmounts } from "../../src/parser/amount";
import { findCounterparty } from "../../src/parser/counterparty";
import { needsNormalizing, needsWork, normalizeBody } from "../../src/parser/normalize";
import { findReference } from "../../src/parser/reference";
import { slashAfter } from "../../src/parser/paths";
import { scanText } from "../../src/parser/scan";
import { findMethod } from "../../src/parser/method";
import { findAccount } from "../../src/parser/account";
import {
  instantToLocal,
  intlOffset,
  occurredAt,
  offsetMinutes,
  parseInstant,
  printedLocal,
} from "../../src/parser/date";
import { occurrenceFinder, substringScanner, wordScanner } from "../../src/parser/substrings";
import {
  DIRECTION_GATE,
  DIRECTION_VERB,
  DIRECTION_WORDS,
  detectDirection,
  GATE_KEYWORDS,
} from "../../src/parser/intent";
import { institutionFromSenderPlain, isPersonalNumber, senderFacts } from "../../src/parser/sender";
import { localeParty } from "../../src/parser/locale-party";
import { CURRENCY_TOKENS } from "../../src/parser/amount";
import { FACT, FACT_WORDS, type FactName, LITERAL_BITS, MESSY_ALIAS } from "../../src/parser/text-facts";
import { localAmounts, mayHaveLocalBalance } from "../../src/parser/local-amount";
import { wordsOf } from "../../src/locales";
import { loadFixtures } from "./load-fixtures";

const WORDS = ["auth", "authori", "share", "hare", "re", "to be", "% off", " si", "ओटीपी", "get ₹"];
const text = fc
  .array(fc.constantFrom(...WORDS, "a", "x", " ", "-", "₹", "ट", "AUTH"), { maxLength: 30 })
  .map((p) => p.join(""));

describe("substringScanner", () => {
  const bits = new Map(WORDS.map((w, i) => [w, 1 << i]));
  const scanner = substringScanner(bits);
  it("sets a keyword's bit exactly when the keyword occurs (overlaps included)", () => {
    fc.assert(
      fc.property(text, (t) => {
        let expected = 0;
        for (const [w, b] of bits) if (t.includes(w)) expected |= b;
        expect(scanner.scan(t)).toBe(expected);
      }),
    );
  });
});

describe("wordScanner", () => {
  const kws = [
    { word: "card", start: false, end: true, a: 1, b: 0 },
    { word: "si", start: true, end: true, a: 2, b: 0 },
    { word: "penal", start: true, end: false, a: 0, b: 1 },
    { word: "एटीएम", start: false, end: false, a: 4, b: 0 },
  ];
  const scanner = wordScanner(kws);
  const words = fc
    .array(
      fc.constantFrom("card", "bobcard", "cards", "si", "sip", "x si", "penalty", "open", "एटीएम", " ", "_", "1"),
      { maxLength: 12 },
    )
    .map((p) => p.join(""));
  it("matches what \\b-wrapped regexes find", () => {
    fc.assert(
      fc.property(words, (t) => {
        const got = { a: 0, b: 0 };
        scanner.scan(t, got);
        const want = { a: 0, b: 0 };
        if (/card\b/.test(t)) want.a |= 1;
        if (/\bsi\b/.test(t)) want.a |= 2;
        if (/\bpenal/.test(t)) want.b |= 1;
        if (/एटीएम/.test(t)) want.a |= 4;
        expect(got).toEqual(want);
      }),
    );
  });
});

describe("scanText's split table (ASCII columns and other columns)", () => {
  // Keyword fragments in every script the gates and currency tokens use, so that both tables and the moves between
  // them are exercised (a keyword of one script right after a character of another).
  const words = [...GATE_KEYWORDS.keys(), ...CURRENCY_TOKENS];
  const parts = [...new Set(words.flatMap((w) => [w, w.slice(1), w.slice(0, -1)]))].filter((w) => w !== "");
  const t = fc.array(fc.constantFrom(...parts, " ", "x", "1", "é", "\u200b"), { maxLength: 10 }).map((p) => p.join(""));
  it("sets a gate bit exactly when one of its keywords occurs, and finds the first and last currency token", () => {
    fc.assert(
      fc.property(t, (s) => {
        let gates = 0;
        for (const [w, bits] of GATE_KEYWORDS) if (s.includes(w)) gates |= bits;
        let first = -1;
        let last = -1;
        for (const w of CURRENCY_TOKENS) {
          for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
            const end = i + w.length - 1;
            if (first < 0 || end < first) first = end;
            if (end > last) last = end;
          }
        }
        const f = scanText(s);
        expect(f.gates).toBe(gates);
        expect([f.firstTokenEnd, f.lastTokenEnd]).toEqual([first, last]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("slashAfter", () => {
  it("answers what the slash-path alternation regex answers", () => {
    const re = /(?:upi|imps|neft|rtgs)\//;
    const t = fc
      .array(fc.constantFrom("upi", "imps", "neft", "rtgs", "/", "x", " ", "up"), { maxLength: 12 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(t, (s) => {
        expect(slashAfter(s, ["upi", "imps", "neft", "rtgs"])).toBe(re.test(s));
      }),
    );
  });
});

describe("rule required literals", () => {
  it("derives literals outside groups, drops quantified characters, gives up on top-level alternation", () => {
    expect(
      requiredLiteral(String.raw`^(?:a|b)Sent \.?Rs:(?<x>\d+) from HDFC Bank A\/C [x*]{0,3}(?<acct>\d{3,6})`),
    ).toBe("from hdfc bank a/c");
    expect(requiredLiteral(String.raw`Confirmed\. Ksh ?(?<amt>\d+)`)).toBe("confirmed. ksh");
    expect(requiredLiteral(String.raw`abc debited|credited xyz`)).toBe("");
  });
  it("every fixture a rule matches contains that rule's literal", () => {
    for (const f of loadFixtures()) {
      for (const inst of INSTITUTION_LIST) {
        for (const rule of inst.rules) {
          if (rule.needs && rule.re.test(f.body)) expect(f.body.toLowerCase()).toContain(rule.needs);
        }
      }
    }
  });
});

describe("scanAmounts bounds from scanText", () => {
  it("finds the same amounts as an unbounded search", () => {
    const parts = [
      "balance ",
      "o/s ",
      "due ",
      "charges ",
      "a charge ",
      "rs.",
      "rs ",
      "inr",
      "us$",
      "s$",
      "$",
      "₹",
      "रु.",
      "dhs",
      "ksh.",
      "rupees ",
      "500",
      "1,250.50",
      " lakh",
      " ",
      "x",
      "avl bal ",
      "fee ",
      ". ",
      "hours",
      "3",
      "mt",
      "n5",
      "ريال",
      "руб",
      "₽",
      " 250,00",
      "1.250,00",
      "le",
      "able",
      "tsh",
      "-",
      "(",
      "gh₵",
      "kč",
      "0",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 16 }).map((p) => p.join(""));
    fc.assert(
      fc.property(t, (s) => {
        const f = scanText(s);
        expect(scanAmounts(s, f.firstTokenEnd, f.lastTokenEnd, f.roleWord)).toEqual(scanAmounts(s));
        expect(scanAmounts(s, f.firstTokenEnd, f.lastTokenEnd, f.roleWord, f.x, f.firstRoleEnd)).toEqual(
          scanAmounts(s),
        );
        expect(
          scanAmounts(s, f.firstTokenEnd, f.lastTokenEnd, f.roleWord, f.x, f.firstRoleEnd, {
            tokenStarts: f.tokenStarts,
          }),
        ).toEqual(scanAmounts(s));
      }),
      { numRuns: 2000 },
    );
  });
  it("matches on every fixture", () => {
    for (const f of loadFixtures()) {
      const lower = f.body.toLowerCase();
      const facts = scanText(lower);
      expect(scanAmounts(lower, facts.firstTokenEnd, facts.lastTokenEnd, facts.roleWord)).toEqual(scanAmounts(lower));
      expect(
        scanAmounts(lower, facts.firstTokenEnd, facts.lastTokenEnd, facts.roleWord, facts.x, facts.firstRoleEnd),
      ).toEqual(scanAmounts(lower));
      const opts = { printed: f.body, home: "INR" };
      const marked = scanAmounts(
        lower,
        facts.firstTokenEnd,
        facts.lastTokenEnd,
        facts.roleWord,
        facts.x,
        facts.firstRoleEnd,
        { ...opts, tokenStarts: facts.tokenStarts },
      );
      expect(marked).toEqual(scanAmounts(lower, 0, lower.length, true, -1, -1, opts));
    }
  });
});

describe("text-facts bits from scanText", () => {
  it("are set exactly when one of their substrings occurs", () => {
    const words = new Map<string, number>([
      ...Object.entries(FACT_WORDS).flatMap(([name, ws]) =>
        ws.map((w) => [w, FACT[name as FactName]] as [string, number]),
      ),
      ...LITERAL_BITS,
    ]);
    const parts = [
      ...new Set([...words.keys()].flatMap((w) => [w, w.slice(1), w.slice(0, -1)])),
      " ",
      "x",
      "1",
      "-",
      "\n",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((p) => p.join(""));
    const check = (s: string) => {
      let want = 0;
      for (const [w, bit] of words) if (s.includes(w)) want |= bit;
      for (const c of MESSY_ALIAS.keys()) if (s.includes(String.fromCharCode(c))) want |= FACT.messy;
      expect(scanText(s).x).toBe(want);
    };
    fc.assert(fc.property(t, check), { numRuns: 2000 });
    for (const f of loadFixtures()) check(normalizeBody(f.body).toLowerCase());
  });
});

describe("needsNormalizing from the scan pass", () => {
  it("agrees with normalize.ts's check for every UTF-16 code unit (ODD_CHAR and MESSY_ALIAS kept in step)", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      const got = needsNormalizing(s, (scanText(s.toLowerCase()).x & FACT.messy) !== 0);
      if (got !== needsWork(s))
        expect({ code: c.toString(16), got }).toEqual({ code: c.toString(16), got: needsWork(s) });
    }
  });
  it("answers what normalize.ts's own check answers", () => {
    const parts = [
      "a",
      "B",
      " ",
      "  ",
      "\n",
      "\r",
      "\t",
      "\u00a0",
      "\u200b",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\u0000",
      "\u007f",
      "\u00a1",
      "₹",
      "x\n y",
      "İ",
      "\u212a",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(
      fc.property(t, (s) => {
        expect(needsNormalizing(s, (scanText(s.toLowerCase()).x & FACT.messy) !== 0)).toBe(needsWork(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("firstRefEnd from scanText", () => {
  it("never starts the reference search past a reference", () => {
    const parts = [
      "upi",
      "ref",
      "ref no",
      "utr",
      "rrn",
      "txn id",
      "transaction id",
      "approval code",
      "auth code",
      "imps",
      "neft:",
      "rtgs*",
      "संदर्भ",
      " ",
      ":",
      "x",
      "12345678",
      "abc123456",
      ".",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(t, (s) => {
        const f = scanText(s);
        expect(findReference(s, s, f.refKeyword, f.railWord, f.x, f.firstRefEnd)).toBe(findReference(s, s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("text-facts given to scanAmounts, findMethod, occurredAt", () => {
  it("change nothing, on every fixture", () => {
    for (const f of loadFixtures()) {
      const lower = normalizeBody(f.body).toLowerCase();
      const facts = scanText(lower);
      expect(scanAmounts(lower, facts.firstTokenEnd, facts.lastTokenEnd, facts.roleWord, facts.x)).toEqual(
        scanAmounts(lower),
      );
      expect(findMethod(lower, null, null, facts.rails, facts.x)).toBe(findMethod(lower, null, null));
      expect(findAccount(lower, facts.x)).toEqual(findAccount(lower));
      expect(occurredAt(lower, f.received_at, "Asia/Kolkata", true, facts.x)).toBe(
        occurredAt(lower, f.received_at, "Asia/Kolkata", true),
      );
    }
  });
});

describe("facts from scanText", () => {
  it("give the same reference and counterparty as looking for themselves, on every fixture", () => {
    for (const f of loadFixtures()) {
      const text = normalizeBody(f.body);
      const lower = text.toLowerCase();
      const facts = scanText(lower);
      expect(findReference(text, lower, facts.refKeyword)).toBe(findReference(text, lower));
      expect(findReference(text, lower, facts.refKeyword, facts.railWord, facts.x)).toBe(findReference(text, lower));
      expect(findReference(text, lower, facts.refKeyword, facts.railWord, facts.x, facts.firstRefEnd)).toBe(
        findReference(text, lower),
      );
      for (const direction of ["debit", "credit"] as const) {
        expect(findCounterparty(text, direction, lower, false, facts.railWord)).toBe(
          findCounterparty(text, direction, lower),
        );
        expect(findCounterparty(text, direction, lower, false, facts.railWord, facts.x)).toBe(
          findCounterparty(text, direction, lower),
        );
        expect(findCounterparty(text, direction, lower, true, facts.railWord, facts.x)).toBe(
          findCounterparty(text, direction, lower, true),
        );
      }
    }
  });
});

describe("mayHaveLocalBalance gate of the fallback amount reader", () => {
  const homes = [null, "INR", "TZS", "IRR", "THB", "NGN", "EUR", "OMR"];
  const check = (text: string) => {
    if (mayHaveLocalBalance(text.toLowerCase())) return;
    for (const home of homes) expect(localAmounts(text, home).balance, text).toBeNull();
  };
  it("is false only where localAmounts finds no balance (fixtures)", () => {
    for (const f of loadFixtures()) check(normalizeBody(f.body));
  });
  it("is false only where localAmounts finds no balance (generated)", () => {
    const parts = [
      ...wordsOf("balance").slice(0, 40),
      "limit",
      "الحد",
      "Bal",
      " ",
      ": ",
      "TZS ",
      "1,250.00",
      "500",
      "-",
      "\n",
      "٥٠٠",
      "x",
      "SAR",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(fc.property(t, check), { numRuns: 1000 });
  });
  it("localAmounts' own gates (currency tokens, balance words) change nothing", () => {
    const same = (text: string) => {
      for (const home of homes) expect(localAmounts(text, home), text).toEqual(localAmounts(text, home, true));
    };
    for (const f of loadFixtures()) same(normalizeBody(f.body));
    const parts = [
      "TZS ",
      "tzs",
      "N",
      "n ",
      "₦",
      "Bal",
      "salio",
      "limit",
      " ",
      "1,250.00",
      "500",
      "-",
      "\n",
      "٥٠٠",
      "MT",
      "mt",
      "x",
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((p) => p.join(""));
    fc.assert(fc.property(t, same), { numRuns: 1000 });
  });
});

describe("offsetMinutes' per-day cache", () => {
  // Zones of the locale packs outside date.ts's fixed list, DST ones included, and one Intl rejects.
  const zones = [
    "Asia/Kathmandu",
    "Asia/Bangkok",
    "Africa/Lagos",
    "Asia/Riyadh",
    "Asia/Colombo",
    "Asia/Karachi",
    "America/New_York",
    "Asia/Tehran",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Asia/Dhaka",
    "Africa/Cairo",
    "Europe/Prague",
    "Asia/Amman",
    "Asia/Almaty",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Not/A_Zone",
  ];
  it("agrees with Intl every hour of 2024-2026 and at random instants 1990-2199", () => {
    for (const zone of zones) {
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 61_000) {
        if (offsetMinutes(zone, t) !== intlOffset(zone, t))
          expect([zone, t, offsetMinutes(zone, t)]).toEqual([zone, t, intlOffset(zone, t)]);
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2199, 0, 1) }),
        (zone, t) => {
          expect(offsetMinutes(zone, t)).toBe(intlOffset(zone, t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("direction gate of the classifier (DIRECTION_WORDS)", () => {
  // Without the gate bit, DIRECTION_VERB must find nothing: the classifier then skips it.
  const check = (lower: string) => {
    if ((scanText(lower).gates & DIRECTION_GATE) !== 0) return;
    expect(detectDirection(lower), lower).toBeNull();
  };
  it("is unset only where no direction verb is found (fixtures, upper/lower-cased, halves)", () => {
    for (const f of loadFixtures()) {
      const body = normalizeBody(f.body);
      const half = Math.floor(body.length / 2);
      for (const t of [body, body.toUpperCase(), body.slice(0, half), body.slice(half)]) check(t.toLowerCase());
    }
  });
  it("is unset only where no direction verb is found (generated around the terse forms)", () => {
    const parts = [
      ...["dr", "cr", "dr.", "cr.", "by ", " ", ".", "inr", "rs", "₹", "500", "a ", "to", "from", "amt: ", "9"],
      ...["debit", "credit", "txn", "ed", "has been ", "sent", "paid", "usd", " of ", "x", "\n", "डेबिट", "जमा"],
    ];
    const t = fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(fc.property(t, check), { numRuns: 3000 });
  });
  it("has a word for every alternative of DIRECTION_VERB's source (an alternative added later needs one)", () => {
    // Leaves: the alternatives inside the two capture groups, opening `\b(?:..)` groups one level.
    const inner = (alt: string): string[] => {
      const m = /^\\b\(\?:([^]*)\)(?:\\b)?$/.exec(alt);
      return m && topLevelAlternatives(m[1]!).length > 1 ? topLevelAlternatives(m[1]!).flatMap(inner) : [alt];
    };
    const leaves = topLevelAlternatives(DIRECTION_VERB.source)
      .flatMap((group) => topLevelAlternatives(group.slice(1, -1)))
      .flatMap(inner);
    expect(leaves.length).toBeGreaterThan(60);
    const plain = (src: string) => src.replace(/\\([/.:-])/g, "$1");
    const missing = leaves.filter(
      (leaf) => !/^(?:\(\?:)?[dc]r\\\.\?/.test(leaf) && !DIRECTION_WORDS.some((w) => plain(leaf).includes(w)),
    );
    expect(missing).toEqual([]);
  });
  it("are lower-case, as the text the classifier reads", () => {
    for (const w of DIRECTION_WORDS) expect(w).toBe(w.toLowerCase());
  });
});

describe("sender facts cache", () => {
  it("gives what the plain institution lookup and personal-number test give (fixture senders, variants)", () => {
    const senders = new Set<string>();
    for (const f of loadFixtures()) for (const s of [f.sender, f.sender.toLowerCase(), ` ${f.sender}`]) senders.add(s);
    for (const s of ["+919812345678", "9812345678", "+918826XXXX07", "VM-AIRTEL-S", "", "AD-HDFCBK"]) senders.add(s);
    for (const s of senders) {
      const facts = senderFacts(s);
      expect(facts.institution, s).toBe(institutionFromSenderPlain(s));
      expect(facts.personal, s).toBe(isPersonalNumber(s));
      expect(senderFacts(s), s).toBe(facts);
    }
  });
});

describe("localeParty's occurrence finder", () => {
  it("finds the same party as one indexOf loop a word (fixtures, both directions)", () => {
    for (const f of loadFixtures()) {
      const text = normalizeBody(f.body);
      for (const d of ["debit", "credit"] as const) expect(localeParty(text, d), text).toBe(localeParty(text, d, true));
    }
  });
  it("orders every occurrence by word, then by start (overlapping ones included)", () => {
    const words = ["aa", "a", "ab", "от", "b"];
    const finder = occurrenceFinder(words);
    const t = fc.array(fc.constantFrom("a", "b", "о", "т", " "), { maxLength: 14 }).map((p) => p.join(""));
    fc.assert(
      fc.property(t, (s) => {
        const want: { word: number; start: number }[] = [];
        words.forEach((w, word) => {
          for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) want.push({ word, start: i });
        });
        expect(finder.find(s)).toEqual(want);
      }),
    );
  });
});

describe("printedLocal (received_at in its own zone's offset)", () => {
  const zones = ["Asia/Riyadh", "Asia/Kathmandu", "America/New_York", "Europe/Prague", "Asia/Tehran", "UTC"];
  it("gives the fields Date.parse and instantToLocal give, or defers (null)", () => {
    const iso = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2100, 0, 1) }),
        off: fc.constantFrom(0, 180, 210, 345, -300, -240, 60, 120, 270, 330, -0),
        zone: fc.constantFrom(...zones),
        z: fc.boolean(),
      })
      .map(({ ms, off, zone, z }) => {
        const at = new Date(Math.floor(ms / 1000) * 1000 + off * 60000).toISOString().slice(0, 19);
        const a = Math.abs(off);
        const text = z ? `${at}Z` : `${at}${off < 0 ? "-" : "+"}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
        return { text: z ? `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z` : text, zone };
      });
    fc.assert(
      fc.property(iso, ({ text, zone }) => {
        const quick = printedLocal(text, zone);
        const plain = instantToLocal(parseInstant(text), zone);
        if (quick !== null) expect(quick, text).toEqual(plain);
        // Where the printed offset is the zone's, the quick path answers.
        else expect(offsetMinutes(zone, parseInstant(text)) === offsetOfText(text), text).toBe(false);
      }),
      { numRuns: 3000 },
    );
    for (const bad of ["2026-02-30T10:00:00+03:00", "2026-11-12T24:00:00+03:00", "2026-11-12 10:00:00+03:00"])
      expect(printedLocal(bad, "Asia/Riyadh"), bad).toBeNull();
  });
});

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
function offsetOfText(s: string): number {
  if (s.endsWith("Z")) return 0;
  const sign = s.charAt(19) === "-" ? -1 : 1;
  return sign * (Number(s.slice(20, 22)) * 60 + Number(s.slice(23, 25)));
}
