// The dashboard against the real local stack: `node scripts/dev.mjs` (both Workers under wrangler, fresh
// state), 3 SMS posted with the demo key (as scripts/smoke.mjs does), then /dashboard opened in headless
// Chromium as admin and as the demo user. Needs apps/api/wrangler.jsonc to serve ./public as assets.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_CHARTS, buildDashboard, launchBrowser, readChart, root, screenshot, signIn, watchPage } from "./helpers";

const messages = [
  {
    sender: "VM-HDFCBK-S",
    body: "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432). Not you? Call 18002586161 - HDFC Bank",
    received_at: "2026-11-12T10:00:00+05:30",
  },
  {
    sender: "AD-ICICIB-S",
    body: "ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ACME PAYROLL. Avl Bal Rs 61,210.55.",
    received_at: "2026-11-12T11:00:00+05:30",
  },
  {
    sender: "VM-SBIOTP-S",
    body: "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Valid for 5 mins. Do not share it with anyone - SBI",
    received_at: "2026-11-12T12:00:00+05:30",
  },
];

const secret = () => `sl_${randomBytes(30).toString("base64url").replace(/[-_]/g, "x")}`;
// BROWSER_TEST_BASE points the test at a stack you started yourself (fresh state, with that
// DEMO_API_KEY and ADMIN_TOKEN) instead of spawning scripts/dev.mjs.
const external = process.env.BROWSER_TEST_BASE;
const demoKey = external ? process.env.DEMO_API_KEY! : secret();
const adminToken = external ? process.env.ADMIN_TOKEN! : secret();
let served = false;
const stateDir = mkdtempSync(join(tmpdir(), "smsledger-browser-"));
let base = "";
let dev: ChildProcess | undefined;
let log = "";
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

/** BROWSER_TEST_PORT, else any free port (never a fixed one another local stack may hold). */
async function pickPort(): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: got } = server.address() as { port: number };
        server.close(() => resolve(got));
      });
    });
  if (process.env.BROWSER_TEST_PORT) return Number(process.env.BROWSER_TEST_PORT);
  return (await tryPort(0))!;
}

const api = (path: string, bearer: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
  });

/** Polls until check() returns a value, or fails with what it last saw and the end of the wrangler log. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `timed out waiting for ${what}${last ? `: ${String(last)}` : ""}\n--- dev log (tail) ---\n${log.slice(-4000)}`,
  );
}

beforeAll(async () => {
  buildDashboard(); // wrangler needs apps/api/public to exist when it starts
  browser = await launchBrowser(); // fails early and clearly when /usr/bin/chromium is missing
  const port = external ? 0 : await pickPort();
  base = external ?? `http://127.0.0.1:${port}`;
  if (!external)
    dev = spawn(process.execPath, [join(root, "scripts/dev.mjs")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        SMSLEDGER_STATE_DIR: stateDir,
        DEMO_API_KEY: demoKey,
        ADMIN_TOKEN: adminToken,
        WRANGLER_SEND_METRICS: "false",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  dev?.stdout?.on("data", keep);
  dev?.stderr?.on("data", keep);
  await waitFor("GET /health", async () => ((await fetch(`${base}/health`)).ok ? true : undefined), 300_000);

  const posted = (await (
    await api("/v1/sms", demoKey, { method: "POST", body: JSON.stringify({ messages }) })
  ).json()) as { accepted: number };
  expect(posted.accepted).toBe(messages.length);
  await waitFor("both transactions in the ledger", async () => {
    const page = (await (await api("/v1/transactions", demoKey)).json()) as { items?: unknown[] };
    return (page.items?.length ?? 0) >= 2 ? true : undefined;
  });
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, "SIGTERM");
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
    try {
      process.kill(-dev.pid, "SIGKILL");
    } catch {}
  }
  rmSync(stateDir, { recursive: true, force: true });
});

describe("dashboard on the real local stack", () => {
  it("serves /dashboard as a static asset", async () => {
    const res = await fetch(`${base}/dashboard`);
    expect(res.status, "GET /dashboard: is `assets` (./public) configured in apps/api/wrangler.jsonc?").toBe(200);
    expect(await res.text()).toContain('data-chart="throughput"');
    expect((await fetch(`${base}/dashboard/app.js`)).status).toBe(200);
    served = true;
  });

  it("admin view charts the metrics of the SMS just posted", async () => {
    // The metrics endpoint counts all 3 (2 transactions + 1 OTP) once the consumer has processed them.
    const metrics = await waitFor("GET /v1/metrics to count 3 processed", async () => {
      const res = await api("/v1/metrics", adminToken);
      if (res.status === 404) throw new Error("GET /v1/metrics answers 404");
      const body = (await res.json()) as { totals: { processed: number; accepted: number } };
      return body.totals.processed >= messages.length ? body : undefined;
    });
    expect(metrics.totals).toMatchObject({ accepted: messages.length, processed: messages.length });

    expect(served, "/dashboard is not served (see the first test)").toBe(true);
    const page = await browser!.context.newPage();
    const problems = watchPage(page);
    await signIn(page, base, { token: adminToken });
    await page.waitForSelector('#admin[data-state="live"]');
    expect(page.url()).not.toContain(adminToken);
    for (const name of ADMIN_CHARTS) {
      const chart = await readChart(page, name);
      expect(chart.points, `${name} data-points`).toBeGreaterThan(0);
      expect(chart.inked, `${name} canvas is blank`).toBeGreaterThan(0);
    }
    // Charts fed by the posted SMS must show them, not just axes.
    for (const name of ["throughput", "paths"]) {
      const chart = await readChart(page, name);
      expect(chart.nonzero, `${name} data-nonzero`).toBeGreaterThan(0);
      expect(chart.dataPixels, `${name} drew no data`).toBeGreaterThan(20);
    }
    expect(await page.getAttribute("#stat-processed", "data-value")).toBe(String(messages.length));
    expect(await page.getAttribute("#stat-accepted", "data-value")).toBe(String(messages.length));
    // Live: one more SMS (an OTP, so the ledger keeps its 2 transactions) shows up on the next polls.
    const otp = {
      sender: "VM-SBIOTP-S",
      body: "771204 is your OTP for a transaction of Rs 999.00 at FLIPKART. Valid for 5 mins. Do not share it with anyone - SBI",
      received_at: "2026-11-12T13:00:00+05:30",
    };
    await api("/v1/sms", demoKey, { method: "POST", body: JSON.stringify({ messages: [otp] }) });
    await page.waitForFunction(
      (n) => document.getElementById("stat-processed")?.dataset.value === String(n),
      messages.length + 1,
      { timeout: 30_000 },
    );
    expect(problems).toEqual([]);
    await screenshot(page, "stack-admin");
    await page.close();
  });

  it("ledger view charts the demo user's month and lists both transactions", async () => {
    expect(served, "/dashboard is not served (see the first test)").toBe(true);
    const page = await browser!.context.newPage();
    const problems = watchPage(page);
    await signIn(page, base, { key: demoKey });
    await page.waitForSelector('#ledger[data-state="live"]');
    expect(page.url()).not.toContain(demoKey);
    const chart = await readChart(page, "monthly");
    expect(chart).toMatchObject({ points: 1, nonzero: 1 });
    expect(chart.dataPixels).toBeGreaterThan(20);
    expect(await page.getAttribute("#transactions", "data-rows")).toBe("2");
    expect(await page.getAttribute("#stat-income", "data-value")).toBe("45000.00");
    expect(await page.getAttribute("#stat-expense", "data-value")).toBe("1250.00");
    expect(await page.getAttribute("#stat-count", "data-value")).toBe("2");
    expect(problems).toEqual([]);
    await screenshot(page, "stack-ledger");
    await page.close();
  });

  it("a wrong admin token shows 'bad token'", async () => {
    expect(served, "/dashboard is not served (see the first test)").toBe(true);
    const page = await browser!.context.newPage();
    await signIn(page, base, { token: "wrong-token" });
    await page.waitForSelector('#admin[data-state="unauthorized"]');
    expect(await page.textContent("#admin .error")).toContain("bad token");
    await page.close();
  });

  it("ignores a credential in the address and drops it from the address bar", async () => {
    const page = await browser!.context.newPage();
    const locations: string[] = [];
    page.on("response", (res) => {
      const location = res.headers().location;
      if (location) locations.push(location);
    });
    await page.goto(`${base}/dashboard?key=not-a-real-key`);
    await page.waitForSelector("#signin:not([hidden])");
    // The Worker answers an old ?key= link with a redirect to the path without its query: no Location carries it.
    expect(page.url()).toBe(`${base}/dashboard/`);
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.join(" ")).not.toContain("not-a-real-key");
    expect(await page.isVisible("#signin")).toBe(true);
    expect(await page.isHidden("#ledger")).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });

  it("signs in through the form, resolves an SMS from the review list, and no URL or history entry carries the key", async () => {
    expect(served, "/dashboard is not served (see the first test)").toBe(true);
    // A format the rules cannot read; without an upstream it ends needs_review.
    const unread = {
      sender: "JX-ZORBLY",
      body: "Zorbly: KES 4,250.00 shifted from pouch to Hamisi Otieno ref QX7PL2MN9R. Left 18,040.50",
      received_at: "2026-11-20T09:15:00+03:00",
    };
    await api("/v1/sms", demoKey, { method: "POST", body: JSON.stringify({ messages: [unread] }) });
    const id = await waitFor("the SMS in needs_review", async () => {
      const page = (await (await api("/v1/sms?state=needs_review", demoKey)).json()) as { items: { id: string }[] };
      return page.items[0]?.id;
    });

    // A browser of its own, so that its profile's history can be read once it is closed.
    const session = await launchBrowser();
    const seen: string[] = [];
    try {
      const page = await session.context.newPage();
      const problems = watchPage(page);
      page.on("framenavigated", (frame) => seen.push(frame.url()));
      page.on("request", (request) => seen.push(request.url()));
      page.on("response", (response) => seen.push(response.headers()["location"] ?? ""));
      await signIn(page, base, { key: demoKey });
      await page.waitForSelector('#ledger[data-state="live"]');
      const row = `#review tr[data-id="${id}"]`;
      await page.waitForSelector(row);
      const before = Number(await page.getAttribute("#transactions", "data-rows"));

      const form = "#resolve";
      expect(await page.isHidden(form)).toBe(true);
      await page.click(`${row} button`);
      expect(await page.isVisible(form)).toBe(true);
      await page.selectOption(`${form} select[name="intent"]`, "transaction");
      await page.selectOption(`${form} select[name="direction"]`, "debit");
      await page.fill(`${form} input[name="amount"]`, "4250.00");
      await page.fill(`${form} input[name="currency"]`, "KES");
      await page.fill(`${form} input[name="counterparty"]`, "Hamisi Otieno");
      await page.fill(`${form} input[name="reference"]`, "QX7PL2MN9R");
      await page.selectOption(`${form} select[name="category"]`, "transfer");
      await page.click(`${form} button[value="resolve"]`);

      await page.waitForSelector(row, { state: "detached" });
      await page.waitForFunction(
        (n) => document.getElementById("transactions")?.dataset.rows === String(n),
        before + 1,
      );
      expect(await page.textContent("#transactions")).toContain("Hamisi Otieno");
      expect(await page.getAttribute("#review", "data-rows")).toBe("0");
      expect(await page.isHidden(form)).toBe(true);
      expect(problems).toEqual([]);
      await screenshot(page, "stack-review");

      expect(page.url()).toBe(`${base}/dashboard/`);
      expect(seen.filter((url) => url.includes(`${base}/dashboard`)).length).toBeGreaterThan(0);
      expect(seen.filter((url) => url.includes(demoKey))).toEqual([]);
    } finally {
      await session.context.close();
    }
    // What Chromium keeps of the visit on disk: the history database and the session (tabs, back/forward lists).
    const files = ["Default/History", "Default/History-journal"].map((f) => join(session.profile, f));
    const sessions = join(session.profile, "Default/Sessions");
    if (existsSync(sessions)) files.push(...readdirSync(sessions).map((f) => join(sessions, f)));
    const kept = files.filter(existsSync).map((f) => readFileSync(f).toString("latin1"));
    expect(kept.join("").includes("/dashboard"), "no history was written: the check below would prove nothing").toBe(
      true,
    );
    expect(kept.filter((text) => text.includes(demoKey))).toEqual([]);
    rmSync(session.profile, { recursive: true, force: true });
  });
});
