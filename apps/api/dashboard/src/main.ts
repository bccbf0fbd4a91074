// Entry point: takes ?token= (admin) or ?key= (user API key) from the URL into sessionStorage, strips it
// from the address bar, then polls the API every 5 s and redraws. 401 stops polling and says so.
import { ApiError, getJson } from "./api";
import { AdminView } from "./admin";
import { LedgerView } from "./ledger";
import type { Metrics, Summary, TransactionPage } from "./types";

const POLL_MS = 5_000;
const STORE = { token: "smsledger.adminToken", key: "smsledger.apiKey" } as const;

function takeCredentials(): { token: string | null; key: string | null } {
  const url = new URL(location.href);
  for (const [param, name] of Object.entries(STORE)) {
    const value = url.searchParams.get(param);
    if (value) sessionStorage.setItem(name, value);
    url.searchParams.delete(param);
  }
  history.replaceState(null, "", url.pathname + url.search + url.hash);
  return { token: sessionStorage.getItem(STORE.token), key: sessionStorage.getItem(STORE.key) };
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

function main(): void {
  const { token, key } = takeCredentials();
  show("signin", !token && !key);
  document.getElementById("signout")!.hidden = !token && !key;
  document.getElementById("signout")!.addEventListener("click", () => {
    sessionStorage.removeItem(STORE.token);
    sessionStorage.removeItem(STORE.key);
    location.reload();
  });

  if (token) {
    const el = show("admin");
    const view = new AdminView(el);
    poll(el, STORE.token, async () => view.render(await getJson<Metrics>("/v1/metrics", token, "bad token: the admin token was rejected (401)")));
  }
  if (key) {
    const el = show("ledger");
    const view = new LedgerView(el);
    const bad = "bad API key: the key was rejected (401)";
    poll(el, STORE.key, async () => {
      // Each half renders on its own, so one failing endpoint still leaves the other visible.
      const [summary, page] = await Promise.allSettled([
        getJson<Summary>("/v1/summary?group=month", key, bad),
        getJson<TransactionPage>("/v1/transactions?limit=50", key, bad),
      ]);
      if (summary.status === "fulfilled") view.renderSummary(summary.value);
      if (page.status === "fulfilled") view.renderTransactions(page.value.items);
      for (const result of [summary, page]) if (result.status === "rejected") throw result.reason;
    });
  }
}

main();
