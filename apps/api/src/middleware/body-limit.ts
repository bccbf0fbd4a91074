import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { readCapped } from "../lib/body";
import { problem } from "../lib/problem";

/** 413 naming the limit, the answer to every body over a byte cap. */
export function bodyTooLarge(c: Parameters<typeof problem>[0], maxBytes: number) {
  return problem(c, 413, "payload_too_large", `The request body is limited to ${maxBytes} bytes`, [
    { field: "(body)", message: `over ${maxBytes} bytes` },
  ]);
}

/**
 * Caps a request body at `maxBytes` while it streams in (see readCapped); over it, 413. Under it, the
 * handler reads the same bytes from the buffered body as usual (`c.req.json()`).
 */
export function limitBody(maxBytes: number) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.req.raw.body) return next();
    const bytes = await readCapped(c.req.raw, maxBytes);
    if (!bytes) return bodyTooLarge(c, maxBytes);
    c.req.raw = new Request(c.req.raw, { body: bytes });
    await next();
  });
}
