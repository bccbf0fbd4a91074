#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step) through tsx's ESM loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
