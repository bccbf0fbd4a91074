import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/** A field that failed validation: dotted path and why. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The JSON error body every failure answers with. */
export function problem(c: Context, status: ContentfulStatusCode, error: string, message: string, fields?: FieldIssue[]) {
  return c.json({ error, message, ...(fields ? { fields } : {}) }, status);
}

/** Turns zod issues into field issues, naming each bad field by its path (e.g. `messages.2.body`). */
export function fieldIssues(error: z.ZodError, prefix = ""): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}
