import { parseArgs } from "node:util";
import { MAX_NDJSON_LINES } from "@smsledger/config";
import { FORMATS, type Format } from "./formats/index";
import type { ImportOptions } from "./import";
import { stateDir } from "./state";

export const DEFAULT_BATCH = 5000;

export const USAGE = `Usage: smsledger import FILE [options]

Uploads the inbox SMS of a phone export to smsledger (NDJSON batches), resumable.

Formats: SMS Backup & Restore XML; SMS Import / Export JSON or NDJSON (and smsledger's own
{sender, body, received_at}); CSV with a header (iMazing, or address/body/date/type columns).

Options:
  --url URL          API address (default: $SMSLEDGER_URL)
  --key KEY          API key (default: $SMSLEDGER_API_KEY)
  --format F         auto|xml|json|ndjson|csv (default auto: by extension, else by content)
  --batch N          SMS per request, 1-${MAX_NDJSON_LINES} (default ${DEFAULT_BATCH})
  --wait             wait until every uploaded SMS is processed and report their states
  --wait-timeout S   give up waiting after S seconds (default 600)
  --restart          ignore a saved resume state and start from the first record
  -h, --help         this text

The last stdout line is the summary as one JSON object. Exit codes: 0 done, 1 error, 2 usage,
3 stopped early (quota, API unreachable): run the same command again to resume.
`;

/** A usage error: exit code 2 with a message naming the option. */
export class UsageError extends Error {}

export function parseImportOptions(args: string[], env: NodeJS.ProcessEnv): ImportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      key: { type: "string" },
      format: { type: "string", default: "auto" },
      batch: { type: "string", default: String(DEFAULT_BATCH) },
      wait: { type: "boolean", default: false },
      "wait-timeout": { type: "string", default: "600" },
      restart: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const url = values.url ?? env.SMSLEDGER_URL;
  const key = values.key ?? env.SMSLEDGER_API_KEY;
  if (!url) throw new UsageError("--url: missing (or set SMSLEDGER_URL)");
  if (!/^https?:\/\/[^/]/.test(url)) throw new UsageError(`--url: not an http(s) URL: ${url}`);
  if (!key) throw new UsageError("--key: missing (or set SMSLEDGER_API_KEY)");
  const format = values.format;
  if (format !== "auto" && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: ${format} is not one of auto, ${FORMATS.join(", ")}`);
  }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > MAX_NDJSON_LINES) {
    throw new UsageError(`--batch: ${values.batch} is not a whole number from 1 to ${MAX_NDJSON_LINES}`);
  }
  const waitTimeoutSeconds = Number(values["wait-timeout"]);
  if (!(waitTimeoutSeconds > 0))
    throw new UsageError(`--wait-timeout: ${values["wait-timeout"]} is not a positive number`);
  return {
    file: positionals[0]!,
    url,
    key,
    format: format as Format | "auto",
    batch,
    restart: values.restart,
    wait: values.wait,
    waitTimeoutSeconds,
    stateDir: stateDir(env),
  };
}
