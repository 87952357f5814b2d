#!/usr/bin/env node
// The CLI's one entry point. lib/ is the CLI built from src/cli by `npm run build:cli` and
// committed, so `npm ci --omit=dev && npx sender-guard …` runs with production dependencies only.
import { runFromProcess } from "../lib/cli.mjs";

await runFromProcess(process.argv.slice(2));
