import { z } from "@hono/zod-openapi";

/** The JSON error body every failure answers with (lib/problem.ts writes it). */
export const ErrorBody = z
  .object({
    error: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Error");
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A JSON response of `schema`. */
export const jsonBody = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** An error response: the problem JSON body. */
export const errorBody = (description: string) => jsonBody(ErrorBody, description);

/** The responses every guarded route can answer with. */
export const userErrors = { 401: errorBody("No valid API key") } as const;
export const adminErrors = {
  401: errorBody("Admin token required"),
  503: errorBody("ADMIN_TOKEN is not configured"),
} as const;

export const userAuth = [{ apiKey: [] }];
export const adminAuth = [{ adminToken: [] }];

/** A path parameter: any non-empty string. */
export const idParam = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" }, example: `${name}-value` });
