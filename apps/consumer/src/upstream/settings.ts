import type { ConsumerEnv } from "../bindings";
import type { UpstreamSettings } from "@smsledger/core";

const DEFAULT_TIMEOUT_MS = 15_000;

/** Upstream LLM settings, or null when none is configured (rules and templates only). */
export function upstreamSettings(env: ConsumerEnv): UpstreamSettings | null {
  if (!env.UPSTREAM_URL || !env.UPSTREAM_MODEL) return null;
  return {
    url: env.UPSTREAM_URL,
    model: env.UPSTREAM_MODEL,
    apiKey: env.UPSTREAM_API_KEY,
    timeoutMs: Number(env.UPSTREAM_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS),
    responseFormat: env.UPSTREAM_RESPONSE_FORMAT === "json_object" ? "json_object" : "json_schema",
    gatewayToken: env.UPSTREAM_GATEWAY_TOKEN,
  };
}
