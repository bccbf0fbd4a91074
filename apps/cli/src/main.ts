import { access } from "node:fs/promises";
import { createApi } from "./api";
import { BadFile } from "./formats/source";
import { runImport } from "./import";
import { parseImportOptions, USAGE, UsageError } from "./options";
import { describe } from "./summary";

/** Runs `smsledger ARGS`; returns the exit code. */
export async function main(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === "-h" || command === "--help" || rest.includes("-h") || rest.includes("--help")) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command !== "import") {
    process.stderr.write(`smsledger: unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  try {
    const options = parseImportOptions(rest, env);
    await access(options.file).catch(() => {
      throw new BadFile(`${options.file}: no such file or not readable`);
    });
    const log = (text: string) => void process.stderr.write(text);
    const io = { api: createApi(options.url, options.key), log, tty: process.stderr.isTTY === true };
    // The state on disk is already consistent (written before and after each batch): just say how to go on.
    process.once("SIGINT", () => {
      process.stderr.write("\nsmsledger import: interrupted; run the same command again to resume\n");
      process.exit(130);
    });
    const summary = await runImport(options, io);
    process.stderr.write(describe(summary));
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.stopped ? 3 : 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`smsledger import: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof BadFile ? `${error.message}` : String((error as Error).stack ?? error);
    process.stderr.write(`smsledger import: ${message}\n`);
    const code = error instanceof BadFile ? "bad_file" : "failed";
    process.stdout.write(`${JSON.stringify({ error: code, message: (error as Error).message })}\n`);
    return 1;
  }
}
