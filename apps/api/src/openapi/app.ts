import { OpenAPIHono, type Hook, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { fieldIssues, problem } from "../lib/problem";
import { isOverSizeCap } from "../lib/validation";

/** What a route's validator hands its hook; on failure `data` is the input it refused. */
export type ValidationResult =
  | { success: true; target: string }
  | { success: false; error: z.ZodError; target: string; data?: unknown };

/**
 * The answer to input a route definition refused: our problem JSON naming each bad field. A bad
 * query is `invalid_query`; a body over a documented size cap is 413 `payload_too_large`.
 */
export function validationProblem(result: ValidationResult, c: Context) {
  if (result.success) return;
  const { error, target } = result;
  if (target === "query")
    return problem(c, 400, "invalid_query", "Some query parameters are invalid", fieldIssues(error));
  if (target === "json" && isOverSizeCap(error)) {
    return problem(c, 413, "payload_too_large", "Over a documented size cap", fieldIssues(error));
  }
  return problem(c, 400, "invalid_request", "Some fields are invalid", fieldIssues(error));
}

/** An app whose routes are defined with `createRoute`: each definition validates and documents. */
export function openApiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: validationProblem as Hook<unknown, AppEnv, string, Response | undefined>,
  });
}
