import type { ApiEnv } from "./bindings";
import { meteredFetch, metering } from "@smsledger/db/metering";
import { app } from "./app";

/** `METER=1` (pnpm bench only) counts billable units per invocation; off, the app is called directly. */
const metered = meteredFetch<ApiEnv>("api", app.fetch);

export default {
  fetch: (request, env, ctx) => (metering(env) ? metered(request, env, ctx) : app.fetch(request, env, ctx)),
} satisfies ExportedHandler<ApiEnv>;
