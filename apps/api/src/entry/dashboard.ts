/**
 * `/dashboard*` reaches the Worker before static assets (wrangler.jsonc `assets.run_worker_first`): an old link
 * carrying `?key=` or `?token=` is redirected to the same path without its query, so the credential never appears
 * in a `Location` or the browser history. Everything else is served from assets as before.
 */
const CREDENTIAL_PARAMS = ["key", "token"] as const;

export const isDashboardPath = (pathname: string): boolean =>
  pathname === "/dashboard" || pathname.startsWith("/dashboard/");

export function dashboardFetch(request: Request, assets: Fetcher): Promise<Response> | Response {
  const url = new URL(request.url);
  if (!CREDENTIAL_PARAMS.some((name) => url.searchParams.has(name))) return assets.fetch(request);
  const path = url.pathname === "/dashboard" ? "/dashboard/" : url.pathname;
  return new Response(null, {
    status: 303,
    headers: { location: path, "cache-control": "no-store", "referrer-policy": "no-referrer" },
  });
}
