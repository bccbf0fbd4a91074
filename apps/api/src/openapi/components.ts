import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  IncomingSms,
  IngestRequest,
  IngestResponse,
  IngestionStatus,
  SmsItem,
  Summary,
  TransactionItem,
} from "@smsledger/core";
import { TransactionPage, TransactionPatch } from "@smsledger/core";

/** Schemas shown by name in the document (and referenced with `$ref` wherever a route uses them). */
const NAMED = {
  IncomingSms,
  IngestRequest,
  IngestResponse,
  IngestionStatus,
  SmsItem,
  Summary,
  TransactionItem,
  TransactionPage,
  TransactionPatch,
};

/**
 * Names core's schemas (the very instances the routes use, so each becomes one `$ref`: core's zod
 * has no `.openapi()`, which would make a copy) and adds the two credentials to the app's registry.
 * Route definitions add the rest.
 */
export function registerComponents(registry: OpenAPIHono["openAPIRegistry"]): void {
  for (const [refId, schema] of Object.entries(NAMED)) zodToOpenAPIRegistry.add(schema, { _internal: { refId } });
  const bearer = (description: string) => ({ type: "http" as const, scheme: "bearer", description });
  registry.registerComponent("securitySchemes", "apiKey", bearer("A user's API key (sl_…)"));
  registry.registerComponent("securitySchemes", "adminToken", bearer("The ADMIN_TOKEN secret"));
}

/** The document's head; its paths and schemas come from the route definitions. */
export function documentConfig(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "smsledger API",
      version: "1.0.0",
      description: "Turns the SMS on people's phones into a per-user ledger of financial transactions.",
    },
    servers: [{ url: serverUrl }],
  };
}
