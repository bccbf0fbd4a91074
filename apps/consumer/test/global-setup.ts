// Starts the project's fake OpenAI-compatible upstream (tools/fake-llm) for the consumer's tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeLlm } from "@smsledger/fake-llm";
import type { TestProject } from "vitest/node";
import { attackFixtureLines } from "./attacks";
import { coopFixtureLines } from "./coop";
import { cutFixtureLine, zenithFixtureLines } from "./zenith";

declare module "vitest" {
  export interface ProvidedContext {
    fakeLlmUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const fixtures = join(mkdtempSync(join(tmpdir(), "fake-llm-")), "zenith.jsonl");
  const lines = [zenithFixtureLines(), attackFixtureLines(), cutFixtureLine(), coopFixtureLines()];
  writeFileSync(fixtures, lines.join("\n"));
  const server = await startFakeLlm({ port: 0, source: "fixtures", fixtures });
  project.provide("fakeLlmUrl", server.url);
  return async () => server.close();
}
