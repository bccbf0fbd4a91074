import type { z } from "zod";

/** Whether zod issues say the input is over a documented size cap (413 rather than 400). */
export function isOverSizeCap(error: z.ZodError): boolean {
  return error.issues.some(
    (issue) =>
      issue.code === "too_big" &&
      (issue.path.length === 1 ? issue.path[0] === "messages" : issue.path.at(-1) === "body"),
  );
}
