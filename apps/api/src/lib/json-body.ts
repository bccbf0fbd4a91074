import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { problem } from "./problem";

interface JsonBodyOptions {
  /** The error code of a body that is not JSON (the route's answer before it had a definition). */
  malformed: "invalid_json" | "invalid_request";
  /** Whether an empty body means `{}` (a body whose fields are all optional). */
  emptyIsObject?: boolean;
}

/**
 * Runs before a route's JSON validator, so that malformed JSON gets our problem body naming `(body)`
 * instead of the validator's plain 400. The validator then reads the same text.
 */
export function jsonBody({ malformed, emptyIsObject = false }: JsonBodyOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const raw = c.req.raw.body ? await c.req.raw.text() : "";
    const text = raw.trim() === "" && emptyIsObject ? "{}" : raw;
    try {
      JSON.parse(text);
    } catch {
      const fields = [{ field: "(body)", message: "invalid JSON" }];
      if (malformed === "invalid_json") return problem(c, 400, "invalid_json", "The body is not valid JSON", fields);
      return problem(c, 400, "invalid_request", "Some fields are invalid", fields);
    }
    c.req.raw = new Request(c.req.raw, { body: text });
    await next();
  });
}
