import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INSTITUTION_LIST } from "../../src/institutions";
import { LOCALES } from "../../src/locales";
import { isValidZone } from "../../src/parser/date";
import { institutionFromSender } from "../../src/parser/sender";
import { INSTITUTIONS_DIR } from "../fixture-files.mjs";
import { loadFixtures } from "./load-fixtures";

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const folders = readdirSync(INSTITUTIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const fixtures = loadFixtures();

describe("institution registry", () => {
  it("registers every folder once, under its folder name", () => {
    expect(INSTITUTION_LIST.map((i) => i.id).sort()).toEqual([...folders].sort());
  });

  it("gives each sender header and prefix to one institution", () => {
    const seen = new Map<string, string>();
    for (const inst of INSTITUTION_LIST) {
      for (const s of [...inst.senders, ...(inst.senderPrefixes ?? []).map((p) => `PREFIX:${p}`)]) {
        expect(s, `${inst.id}: header must be upper-case`).toBe(s.toUpperCase());
        expect(seen.get(s), `${s} of ${inst.id}`).toBeUndefined();
        seen.set(s, inst.id);
      }
    }
  });

  it.each(INSTITUTION_LIST.map((i) => [i.id, i] as const))("%s is wired", (id, inst) => {
    expect(ISO_CURRENCIES.has(inst.currency), `${id} currency ${inst.currency}`).toBe(true);
    expect(isValidZone(inst.timeZone), `${id} zone ${inst.timeZone}`).toBe(true);
    expect(inst.country).toMatch(/^[A-Z]{2}$/);
    expect(inst.senders.length + (inst.senderPrefixes?.length ?? 0)).toBeGreaterThan(0);
    for (const s of inst.senders) expect(institutionFromSender(s)?.id, `sender ${s}`).toBe(id);
    // An Indian DLT header ("VM-XXXXXX-S") names only institutions that send from India.
    const dltLike = inst.senders.filter((s) => /^[A-Z0-9]{3,8}$/.test(s));
    for (const s of dltLike)
      expect(institutionFromSender(`VM-${s}-S`)?.id ?? null, `VM-${s}-S`).toBe(inst.dlt ? id : null);
    for (const rule of inst.rules) expect(rule.id.startsWith(`${id}.`), rule.id).toBe(true);
    expect(existsSync(join(INSTITUTIONS_DIR, id, "fixtures.jsonl")), `${id}/fixtures.jsonl`).toBe(true);
    const own = fixtures.filter((f) => f.file === `${id}/fixtures.jsonl`);
    expect(own.length, `${id} fixtures loaded`).toBeGreaterThan(0);
  });
});

describe("locale registry", () => {
  it("registers packs with unique ids, every word kind filled, lower-case words", () => {
    expect(new Set(LOCALES.map((l) => l.id)).size).toBe(LOCALES.length);
    for (const pack of LOCALES) {
      for (const [kind, words] of Object.entries(pack.words)) {
        expect(words.length, `${pack.id}.${kind}`).toBeGreaterThan(0);
        for (const w of words) expect(w, `${pack.id}.${kind}`).toBe(w.toLowerCase());
      }
      for (const c of pack.currencies) expect(ISO_CURRENCIES.has(c), `${pack.id} currency ${c}`).toBe(true);
      expect(pack.scripts.length).toBeGreaterThan(0);
    }
  });
  it.each(LOCALES.filter((p) => p.id !== "en").map((p) => [p.id, p] as const))(
    "%s has fixtures that say a movement in its words",
    (_id, pack) => {
      const moves = [...pack.words.debit, ...pack.words.credit];
      const bodies = fixtures.map((f) => f.body.toLowerCase());
      expect(bodies.some((b) => moves.some((w) => b.includes(w)))).toBe(true);
    },
  );
});
