import { hc } from "hono/client";
import type { AppType } from "@smsledger/api/app";

export type { AppType };

/** A typed client of the smsledger API: every path, parameter, body and answer from the route definitions. */
export type Client = ReturnType<typeof hc<AppType>>;

export interface ClientOptions {
  /** A user's API key, or the admin token for `/admin` routes and `/v1/metrics`. */
  key?: string;
  /** Another fetch (tests, a Worker's service binding). */
  fetch?: typeof fetch;
}

/** `createClient(url, { key }).v1.transactions.$get({ query: { limit: "10" } })`, typed end to end. */
export function createClient(baseUrl: string, options: ClientOptions = {}): Client {
  const headers: Record<string, string> = options.key ? { authorization: `Bearer ${options.key}` } : {};
  return hc<AppType>(baseUrl.replace(/\/+$/, ""), { headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
}

export * from "./ingest";
