import type { ApiEnv } from "./bindings";
import { meteredFetch, metering } from "@smsledger/db/metering";
import { app } from "./app";
import { dashboardFetch, isDashboardPath } from "./entry/dashboard";

/** `METER=1` (pnpm bench only) counts billable units per invocation; off, the app is called directly. */
const metered = meteredFetch<ApiEnv>("api", app.fetch);

export default {
  fetch: (request, env, ctx) => {
    if (isDashboardPath(new URL(request.url).pathname)) return dashboardFetch(request, env.ASSETS);
    return metering(env) ? metered(request, env, ctx) : app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<ApiEnv>;
