#!/usr/bin/env node
// Entry of the `smsledger-parse` bin in the built package (dist/cli.mjs): plain Node, no TypeScript loader.
import { main } from "./parse";

process.exitCode = await main(process.argv.slice(2));
