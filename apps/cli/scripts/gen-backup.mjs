#!/usr/bin/env node
// Writes a deterministic Android "SMS Backup & Restore" XML export for the import benchmark:
//   node scripts/gen-backup.mjs [--count 100000] [--seed 15] [--out backup.xml]
// About 88% inbox SMS (bank debits and credits, card spends, OTPs, promos, personal notes; some with
// emoji, XML entities and line breaks), 10% sent (type 2) and 2% MMS. Prints the expected counts as JSON.
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "15" },
    out: { type: "string", default: "backup.xml" },
  },
});
const count = Number(values.count);

/** mulberry32: a small seeded PRNG, so the same seed always writes the same file. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const amount = () => (Math.floor(random() * 2_500_000) / 100).toLocaleString("en-IN", { minimumFractionDigits: 2 });
const day = (ms) => new Date(ms).toISOString().slice(2, 10).split("-").reverse().join("-");

const merchants = [
  "zomato@hdfcbank",
  "blinkit@icici",
  "irctc@sbi",
  "bescom@ybl",
  "chai.point@okaxis",
  "uber.india@axisbank",
];
const payers = ["ORION PAYROLL", "NORTHWIND LTD", "K RAMESH", "SUNRISE TRADERS"];
/** Inbox messages: [sender, body(ms, n)]. Wording is our own, in the style of Indian bank alerts. */
const inbox = [
  [
    "VM-HDFCBK-S",
    (ms) =>
      `Rs.${amount()} debited from A/c XX${digits(4)} on ${day(ms)} to VPA ${pick(merchants)} ` +
      `(UPI Ref No ${digits(12)}). Not you? Call 18002586161 - HDFC Bank`,
  ],
  [
    "AD-ICICIB-S",
    (ms) =>
      `ICICI Bank Acct XX${digits(3)} credited with Rs ${amount()} on ${day(ms)} by NEFT from ${pick(payers)}. ` +
      `Avl Bal Rs ${amount()}.`,
  ],
  [
    "JD-SBIINB-S",
    (ms) =>
      `Dear Customer, your A/c X${digits(4)} is debited by Rs.${amount()} on ${day(ms)} & credited to ` +
      `${pick(payers)} (IMPS Ref ${digits(12)}). -SBI`,
  ],
  [
    "VK-AXISBK-S",
    () =>
      `Spent INR ${amount()} on Axis Bank Card no. XX${digits(4)} at "CAFE <${pick(["NORTH", "SOUTH"])}>" . ` +
      `Avl Lmt INR ${amount()}. Not you? SMS BLOCK ${digits(4)} to 919951860002`,
  ],
  [
    "VM-SBIOTP-S",
    () =>
      `${digits(6)} is your OTP for a transaction of Rs ${amount()} at ${pick(["AMAZON", "FLIPKART", "MYNTRA"])}. ` +
      "Valid for 5 mins. Do not share it with anyone - SBI",
  ],
  [
    "BZ-MYNTRA-P",
    () =>
      `Flat ${Math.ceil(random() * 7) * 10}% OFF + free delivery 🎉 on top brands! ` +
      `Shop now: myntra.example/s/${digits(6)} T&C apply`,
  ],
  ["+919812345678", (ms, n) => `Reached home 😀\nDinner at 8? (#${n})`],
  ["+919800011122", (_ms, n) => `Rent for this month sent, ref ${n} 👍 "thanks" & see you <soon>`],
];
const sent = (n) => `On my way, ${n} mins 🚗`;

const escape = (text) =>
  text.replace(/[&<>"\n]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;" })[c]);
/** Characters outside the BMP as two surrogate character references, as the Android app writes them. */
const surrogateRefs = (text) =>
  text.replace(/[\u{10000}-\u{10FFFF}]/gu, (c) => `&#${c.charCodeAt(0)};&#${c.charCodeAt(1)};`);
const attr = (text) => surrogateRefs(escape(text));

const out = createWriteStream(values.out);
const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once("drain", resolve)));
const expected = { records: count, inbox: 0, sent: 0, mms: 0 };
let ms = Date.UTC(2025, 0, 1, 3, 30);
await write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n");
await write(`<smses count="${count}" backup_set="gen-${values.seed}">\n`);
for (let n = 1; n <= count; n++) {
  ms += 30_000 + Math.floor(random() * 600_000);
  const roll = random();
  const readable = new Date(ms).toUTCString();
  let line;
  if (roll < 0.02) {
    expected.mms++;
    line =
      `  <mms date="${ms}" msg_box="1" address="+919812345678" m_type="132" text_only="0" read="1">\n` +
      `    <parts>\n      <part seq="0" ct="text/plain" text="photo ${n}" />\n    </parts>\n  </mms>\n`;
  } else {
    const isSent = roll < 0.12;
    const [address, makeBody] = isSent ? ["+919812345678", () => sent(n)] : pick(inbox);
    const body = makeBody(ms, n);
    if (isSent) expected.sent++;
    else expected.inbox++;
    line =
      `  <sms protocol="0" address="${address}" date="${ms}" type="${isSent ? 2 : 1}" subject="null" ` +
      `body="${attr(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" ` +
      `date_sent="${ms - 2000}" sub_id="1" readable_date="${readable}" contact_name="(Unknown)" />\n`;
  }
  const pending = write(line);
  if (pending) await pending;
}
await write("</smses>\n");
await new Promise((resolve) => out.end(resolve));
console.log(JSON.stringify({ file: values.out, ...expected }));
