// Bundles the Office stand-in (TypeScript + postal-mime) into one classic browser script, in
// memory. esbuild comes with the test tools (vitest, tsx), so no extra dependency is needed.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./index.ts", import.meta.url));

/** @returns {Promise<string>} the script text */
export async function buildStandinScript() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    minify: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output for the Office stand-in");
  return file.text;
}
