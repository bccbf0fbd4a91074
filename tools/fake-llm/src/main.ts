import { HelpRequested, USAGE, optionsFromCli } from "./options";
import { startFakeLlm } from "./server";

let options: ReturnType<typeof optionsFromCli>;
try {
  options = optionsFromCli(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof HelpRequested) {
    console.log(USAGE);
    process.exit(0);
  }
  console.error(`fake-llm: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}

const llm = await startFakeLlm(options);
console.log(
  `fake-llm listening on ${llm.url} (source=${options.source}, capacity=${options.capacity ?? "unlimited"} req/s, error-rate=${options.errorRate}, latency=${options.latencyMs} ms${options.down ? ", DOWN" : ""})`,
);

const stop = () => {
  void llm.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
