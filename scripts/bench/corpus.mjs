// Deterministic SMS corpus for the end-to-end benchmark.
// Three kinds of SMS, mixed with a seeded RNG:
//  - "known": the labelled bank SMS of packages/core/test/fixtures (many institutions and formats,
//    including their OTP / promo / reminder negatives), with amounts and long references varied;
//  - "negative": extra OTPs, promos, reminders and notices that no ledger should keep;
//  - "unknown": synthetic formats that no rule reads confidently; only the (fake) LLM knows them, so
//    the corpus also yields the fake LLM's fixtures (the right answer for every such body).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { alertPair } from "./alerts.mjs";

/** The seeded PRNG of packages/core (mulberry32); Node 22 strips its types when importing the .ts file. */
import { seededRandom as rng } from "../../packages/core/src/random.ts";

export { rng };

const pick = (r, list) => list[Math.floor(r() * list.length)];
const digits = (r, n) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10))).join("");
const indian = (n) => {
  const s = String(n);
  if (s.length <= 3) return s;
  return `${s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${s.slice(-3)}`;
};

/** Loads the labelled fixtures (each line {sender, body, received_at, expected}). */
export function loadFixtures(dir) {
  const rows = [];
  // packages/core/test/fixtures holds the shared files; each institution's are in src/institutions/<id>/fixtures.jsonl.
  const folders = join(dir, "..", "..", "src", "institutions");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => join(dir, f));
  if (existsSync(folders)) {
    for (const id of readdirSync(folders))
      if (existsSync(join(folders, id, "fixtures.jsonl"))) files.push(join(folders, id, "fixtures.jsonl"));
  }
  for (const path of files.sort()) {
    const file = relative(dir, path);
    for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        const row = JSON.parse(line);
        if (typeof row.sender === "string" && typeof row.body === "string")
          rows.push({ sender: row.sender, body: row.body, file });
      } catch {
        // another helper may be editing the fixtures: skip a half-written line
      }
    }
  }
  return rows;
}

/** Same format, other values: amounts after a currency marker and long digit runs (refs) change. */
function vary(r, body) {
  return body
    .replace(/((?:Rs\.?|INR|₹)\s?)(\d{1,3}(?:,\d{2,3})+|\d+)(\.\d{1,2})?/g, (_, cur, whole, dec) => {
      const n = 1 + Math.floor(r() * (whole.length > 4 ? 90000 : 4000));
      const w = whole.includes(",") ? indian(n) : String(n);
      return `${cur}${w}${dec ? (dec.length === 3 ? `.${digits(r, 2).replace(/^./, String(Math.floor(r() * 10)))}` : ".5") : ""}`;
    })
    .replace(/\d{8,}/g, (run) => digits(r, run.length));
}

const NEGATIVES = [
  (r) => [
    `VM-${pick(r, ["HDFCBK", "ICICIB", "SBIINB", "AXISBK", "KOTAKB"])}-S`,
    `${digits(r, 6)} is your OTP for txn of Rs ${1 + Math.floor(r() * 9000)}.00 at ${pick(r, ["AMAZON", "FLIPKART", "MYNTRA", "IRCTC"])}. Valid 5 min. Do not share with anyone.`,
  ],
  (r) => [
    `AD-${pick(r, ["SWIGGY", "ZOMATO", "MYNTRA", "AJIOIN"])}-P`,
    `Flat ${10 + Math.floor(r() * 60)}% OFF on your next order! Use code SAVE${digits(r, 2)}. Offer ends tonight. T&C apply`,
  ],
  (r) => [
    `JD-${pick(r, ["AIRTEL", "JIOPAY", "VIIND"])}-S`,
    `Dear customer, your plan expires on ${1 + Math.floor(r() * 28)}-12-2026. Recharge now to enjoy uninterrupted services.`,
  ],
  (r) => [
    `VK-${pick(r, ["BLUDRT", "DELHVY", "ECMXPR"])}-S`,
    `Your shipment ${digits(r, 10)} is out for delivery today. Track at https://trk.example/${digits(r, 6)}`,
  ],
  (r) => [
    `BP-${pick(r, ["APOLLO", "PRACTO"])}-S`,
    `Reminder: your appointment is booked for ${1 + Math.floor(r() * 28)} Nov at ${1 + Math.floor(r() * 11)}:30 PM. Reply C to cancel.`,
  ],
  (r) => [
    `VM-${pick(r, ["HDFCBK", "ICICIB", "SBICRD"])}-S`,
    `Never share your card details, CVV or OTP with anyone. Bank never asks for them. Ref ${digits(r, 4)}`,
  ],
];

// 10 layouts x 5 wordings = 50 synthetic formats. Each names money ("INR"/"Rs") so that it looks
// financial, but with wording no rule knows; the LLM answer only uses values printed in the body
// so that the consumer can learn a recipe and read the rest of the format without the LLM.
const WORDS = [
  ["outflow", "moved away from", "toward"],
  ["inflow", "arrived into", "from"],
  ["purse update", "left", "bound for"],
  ["ledger note", "entered", "sourced from"],
  ["funds notice", "exited", "destined to"],
];
const LAYOUTS = [
  (w, v) => `${cap(w[0])} ${v.ref}: INR ${v.amount} ${w[1]} vault ${v.acct}, ${w[2]} ${v.vpa}.`,
  (w, v) => `[${w[0].toUpperCase()}] vault ${v.acct} | Rs ${v.amount} | ${w[2]} ${v.vpa} | trace ${v.ref}`,
  (w, v) =>
    `Hello! Rs.${v.amount} has ${w[1]} your pocket ${v.acct}. Counter-party ${v.vpa}. Trace no ${v.ref}. Cheers`,
  (w, v) => `${cap(w[0])}:\nPocket ${v.acct}\nSum INR ${v.amount}\nPeer ${v.vpa}\nTrace ${v.ref}`,
  (w, v) => `Pocket ${v.acct} ~ ${w[0]} ~ INR ${v.amount} ~ ${w[2]} ${v.vpa}`,
  (w, v) => `FYI ${w[0]} of Rs ${v.amount} tagged ${v.ref} ${w[1]} holding ${v.acct}`,
  (w, v) => `Holding ${v.acct}: a ${w[0]} worth INR ${v.amount} just ${w[1]} it (${w[2]} ${v.vpa}), trace ${v.ref}.`,
  (w, v) => `${w[0].toUpperCase()} >> INR ${v.amount} >> vault ${v.acct} >> ${v.vpa} >> ${v.ref}`,
  (w, v) => `Kindly note ${w[0]} Rs.${v.amount}; vault ${v.acct}; trace ${v.ref}; thanks for banking with Zephyr`,
  (w, v) => `Vault ${v.acct} shows ${w[0]} INR ${v.amount} (${w[2]} ${v.vpa}) trace ${v.ref} - team Quokka`,
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const SENDERS = ["ZEPHYR", "QUOKKA", "NIMBUS", "ORCHID", "PEBBLE", "TUNDRA", "VORTEX", "WALRUS", "YONDER", "KESTRL"];
const HANDLES = ["asha", "ravi", "meena", "kiran", "dev", "anita", "vikram", "pooja", "sunil", "farah"];
const BANKS = ["okaxis", "oksbi", "ybl", "paytm", "okicici"];

/** The i-th synthetic format: {sender, make(r) -> {body, answer}}. */
export function unknownFormat(i) {
  const w = WORDS[Math.floor(i / LAYOUTS.length) % WORDS.length];
  const layout = LAYOUTS[i % LAYOUTS.length];
  const hasVpa = layout.toString().includes("v.vpa");
  const hasRef = layout.toString().includes("v.ref");
  const direction = w[0] === "inflow" || w[0] === "ledger note" ? "credit" : "debit";
  const sender = `XQ-${SENDERS[i % SENDERS.length]}${i < SENDERS.length ? "" : String.fromCharCode(65 + Math.floor(i / SENDERS.length))}`;
  return {
    sender,
    make(r) {
      const rupees = 1 + Math.floor(r() * 40000);
      const paise = Math.floor(r() * 100);
      const v = {
        amount: `${indian(rupees)}.${String(paise).padStart(2, "0")}`,
        acct: `XX${digits(r, 4)}`,
        ref: `${digits(r, 12)}`,
        vpa: `${pick(r, HANDLES)}${digits(r, 3)}@${pick(r, BANKS)}`,
      };
      const answer = {
        intent: "transaction",
        direction,
        amount: `${rupees}.${String(paise).padStart(2, "0")}`,
        currency: "INR",
        account: v.acct.slice(2),
        account_kind: "wallet",
        counterparty: hasVpa ? v.vpa : null,
        method: "UPI",
        reference: hasRef ? v.ref : null,
        balance: null,
        occurred_at: null,
        category: null,
      };
      return { body: layout(w, v), answer };
    },
  };
}

/**
 * Builds the corpus: `total` SMS spread over `users` users (user u gets SMS u, u+users, …), each with
 * a unique client id and received_at. Returns {perUser: [[sms…]…], llmFixtures: [{body, answer}…], mix}.
 */
export function buildCorpus({
  total,
  users,
  unknownFormats,
  fixturesDir,
  seed = 42,
  unknownShare = 0.1,
  negativeShare = 0.15,
  pairShare = 0.02,
}) {
  const r = rng(seed);
  const known = loadFixtures(fixturesDir);
  if (known.length === 0) throw new Error(`no fixtures in ${fixturesDir}`);
  const formats = Array.from({ length: unknownFormats }, (_, i) => unknownFormat(i));
  const perUser = Array.from({ length: users }, () => []);
  const llmFixtures = [];
  const mix = { known: 0, negative: 0, unknown: 0, alert_pairs: 0 };
  /** Client ids of the two alerts of each payment that produced two SMS (issue 8). */
  const pairs = [];
  const base = Date.parse("2026-11-01T00:00:00+05:30");
  for (let n = 0; n < total; n++) {
    const roll = r();
    let sender, body, kind;
    if (formats.length > 0 && roll < unknownShare) {
      const format = formats[Math.floor(r() * formats.length)];
      const made = format.make(r);
      ({ sender, body } = { sender: format.sender, body: made.body });
      llmFixtures.push({ body, answer: made.answer });
      kind = "unknown";
    } else if (roll < unknownShare + negativeShare) {
      [sender, body] = pick(r, NEGATIVES)(r);
      kind = "negative";
    } else {
      const row = pick(r, known);
      sender = row.sender;
      body = vary(r, row.body);
      kind = "known";
    }
    const receivedAt = new Date(base + n * 1000).toISOString().replace("Z", "+00:00");
    if (kind === "known" && r() < pairShare) {
      const [bank, upi] = alertPair(r, n, receivedAt);
      perUser[n % users].push({ id: `b${n}`, ...bank }, { id: `b${n}u`, ...upi });
      pairs.push([n % users, `b${n}`, `b${n}u`]);
      mix.alert_pairs++;
      continue;
    }
    mix[kind]++;
    perUser[n % users].push({ id: `b${n}`, sender, body, received_at: receivedAt });
  }
  return { perUser, llmFixtures, mix, pairs, knownFormats: known.length };
}
