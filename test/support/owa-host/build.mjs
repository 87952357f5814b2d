// Bundles the emulated Outlook-on-the-web host page script into one classic browser script, in
// memory, with the esbuild that comes with the test tools (as dev/standin-office/build.mjs does).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./host-page.ts", import.meta.url));

/** @returns {Promise<string>} the script text */
export async function buildOwaHostScript() {
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
  if (!file) throw new Error("esbuild produced no output for the Outlook-on-the-web host");
  return file.text;
}
