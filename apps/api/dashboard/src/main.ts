// Entry point: a sign-in form takes the admin token or a user's API key into sessionStorage (this tab only;
// never the URL), then the views poll the API every 5 s and redraw. 401 stops polling and says so.
import { ApiError, getJson } from "./api";
import { AdminView } from "./admin";
import { LedgerView } from "./ledger";
import { ReviewView } from "./review";
import type { Metrics, Summary, TransactionPage } from "./types";

const POLL_MS = 5_000;
const STORE = { token: "smsledger.adminToken", key: "smsledger.apiKey" } as const;

/**
 * Credentials are never read from the address: an old link's `?key=`/`?token=` is dropped from the address
 * bar unused (the sign-in form is the only way in), so the page never spreads it further.
 */
function dropCredentialsFromAddress(): boolean {
  const url = new URL(location.href);
  const found = Object.keys(STORE).filter((param) => url.searchParams.has(param));
  for (const param of found) url.searchParams.delete(param);
  if (found.length) history.replaceState(null, "", url.pathname + url.search + url.hash);
  return found.length > 0;
}

function storedCredentials(): { token: string | null; key: string | null } {
  return { token: sessionStorage.getItem(STORE.token), key: sessionStorage.getItem(STORE.key) };
}

/** The sign-in form: keeps what was typed in sessionStorage, then reloads the page (same address, no credential). */
function signInForm(onSignIn: () => void): void {
  const form = document.querySelector<HTMLFormElement>("#signin form")!;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    for (const [field, name] of Object.entries(STORE)) {
      const value = String(data.get(field) ?? "").trim();
      if (value) sessionStorage.setItem(name, value);
    }
    form.reset();
    onSignIn();
  });
}

function show(id: string, visible = true): HTMLElement {
  const el = document.getElementById(id)!;
  el.hidden = !visible;
  return el;
}

/** Shows (or clears) a view's error banner; data-error carries the message for tests. */
function setError(view: HTMLElement, message: string | null): void {
  const banner = view.querySelector<HTMLElement>(".error")!;
  banner.hidden = !message;
  banner.textContent = message ?? "";
  if (message) view.dataset.error = message;
  else delete view.dataset.error;
}

/**
 * Runs tick now and every POLL_MS (skipped while the tab is hidden) until it reports a credential failure,
 * which also forgets the stored credential so a reload shows the sign-in form.
 */
function poll(view: HTMLElement, storeName: string, tick: () => Promise<void>): void {
  const run = async () => {
    if (document.hidden && view.dataset.state) {
      setTimeout(run, POLL_MS);
      return;
    }
    try {
      await tick();
      setError(view, null);
      view.dataset.updatedAt = new Date().toISOString();
      view.dataset.state = "live";
    } catch (error) {
      const fatal = error instanceof ApiError && (error.status === 401 || error.status === 403);
      setError(view, error instanceof Error ? error.message : String(error));
      view.dataset.state = fatal ? "unauthorized" : "error";
      if (fatal) {
        sessionStorage.removeItem(storeName);
        return;
      }
    }
    setTimeout(run, POLL_MS);
  };
  void run();
}

function start(): void {
  const { token, key } = storedCredentials();
  show("signin", !token && !key);
  document.getElementById("signout")!.hidden = !token && !key;

  if (token) {
    const el = show("admin");
    const view = new AdminView(el);
    poll(el, STORE.token, async () =>
      view.render(await getJson<Metrics>("/v1/metrics", token, "bad token: the admin token was rejected (401)")),
    );
  }
  if (key) {
    const el = show("ledger");
    const view = new LedgerView(el);
    const bad = "bad API key: the key was rejected (401)";
    const refresh = async () => {
      // Each part renders on its own, so one failing endpoint still leaves the others visible.
      const [summary, page, review] = await Promise.allSettled([
        getJson<Summary>("/v1/summary?group=month", key, bad),
        getJson<TransactionPage>("/v1/transactions?limit=50", key, bad),
        ReviewView.fetch(key, bad),
      ]);
      if (summary.status === "fulfilled") view.renderSummary(summary.value);
      if (page.status === "fulfilled") view.renderTransactions(page.value.items);
      if (review.status === "fulfilled") inbox.render(review.value);
      for (const result of [summary, page, review]) if (result.status === "rejected") throw result.reason;
    };
    const inbox = new ReviewView(el, key, () => void refresh().catch(() => {}));
    poll(el, STORE.key, async () => {
      await inbox.load();
      await refresh();
    });
  }
}

function main(): void {
  const dropped = dropCredentialsFromAddress();
  document.getElementById("url-credentials")!.hidden = !dropped;
  document.getElementById("signout")!.addEventListener("click", () => {
    sessionStorage.removeItem(STORE.token);
    sessionStorage.removeItem(STORE.key);
    location.reload();
  });
  signInForm(() => location.reload());
  start();
}

main();
