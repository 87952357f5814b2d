#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/main.ts) through tsx's loader in this same process, so
// `npx sender-guard …` works from the repository after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
const { runFromProcess } = await import("../src/cli/main.ts");
await runFromProcess(process.argv.slice(2));
