// Every HTTP call of the CLI goes through the typed client (@smsledger/client, hono/client over the API's
// route definitions), so a change of the routes the CLI uses breaks its type check.
export {
  createIngestApi as createApi,
  type IngestApi as Api,
  type IngestionStatus,
  type NdjsonAnswer,
  type PostResult,
  type Problem,
} from "@smsledger/client";
