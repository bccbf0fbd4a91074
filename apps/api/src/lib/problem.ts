import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/** A field that failed validation: dotted path and why. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The JSON error body every failure answers with (openapi/schemas.ts documents it as `Error`). */
export interface Problem {
  error: string;
  message: string;
  fields?: FieldIssue[];
}

/** Answers with the problem JSON body; the status stays a literal type, so typed routes accept it. */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  error: string,
  message: string,
  fields?: FieldIssue[],
) {
  const body: Problem = fields ? { error, message, fields } : { error, message };
  return c.json(body, status);
}

/** Turns zod issues into field issues, naming each bad field by its path (e.g. `messages.2.body`). */
export function fieldIssues(error: z.ZodError, prefix = ""): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}
