// Shared pieces: build the dashboard, launch Debian Chromium, and read what the charts drew.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const dashboardDir = join(root, "apps/api/public/dashboard");
export const screenshotDir = join(root, "tests/browser/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Runs apps/api/scripts/build-dashboard.mjs so the test always sees the current source. */
export function buildDashboard(): void {
  execFileSync(process.execPath, [join(root, "apps/api/scripts/build-dashboard.mjs")], { stdio: "inherit" });
}

/** Headless Chromium with a fresh profile; close() also removes the profile. Never downloads a browser. */
export async function launchBrowser(): Promise<{
  context: BrowserContext;
  profile: string;
  close: () => Promise<void>;
}> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "smsledger-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors and failed requests so assertions can print them. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

export interface ChartReading {
  points: number;
  nonzero: number;
  /** Non-transparent pixels anywhere on the canvas (axes, labels, legend, data). */
  inked: number;
  /** Saturated (coloured, not grey) pixels inside the plot area: only data draws those. */
  dataPixels: number;
}

/** Reads a chart panel's data-* markers and counts pixels on its canvas. */
export async function readChart(page: Page, name: string): Promise<ChartReading> {
  return page.evaluate((chart) => {
    const figure = document.querySelector<HTMLElement>(`[data-chart="${chart}"]`);
    const canvas = figure?.querySelector("canvas");
    if (!figure || !canvas || !canvas.width) return { points: 0, nonzero: 0, inked: 0, dataPixels: 0 };
    const ctx = canvas.getContext("2d")!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const scale = canvas.width / canvas.clientWidth;
    const [left, top, right, bottom] = (figure.dataset.area ?? "0,0,0,0").split(",").map((v) => Number(v) * scale);
    let inked = 0;
    let dataPixels = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 16) continue;
      inked += 1;
      const x = (i / 4) % canvas.width;
      const y = Math.floor(i / 4 / canvas.width);
      const saturation =
        Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      if (saturation > 80 && x > left! && x < right! && y > top! && y < bottom!) dataPixels += 1;
    }
    return {
      points: Number(figure.dataset.points ?? 0),
      nonzero: Number(figure.dataset.nonzero ?? 0),
      inked,
      dataPixels,
    };
  }, name);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const ADMIN_CHARTS = ["throughput", "lag", "paths", "templates", "limiter", "failures"] as const;

/** Opens /dashboard and signs in through its form (the credential is typed, never put in a URL). */
export async function signIn(page: Page, base: string, credential: { key?: string; token?: string }): Promise<void> {
  await page.goto(`${base}/dashboard`);
  await page.waitForSelector("#signin:not([hidden])");
  if (credential.key) await page.fill('#signin-form input[name="key"]', credential.key);
  if (credential.token) await page.fill('#signin-form input[name="token"]', credential.token);
  await Promise.all([page.waitForEvent("load"), page.click('#signin-form button[type="submit"]')]);
}
