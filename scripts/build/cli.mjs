#!/usr/bin/env node
// Builds the admin CLI from src/cli into lib/ (committed): lib/cli.mjs for bin/sender-guard.mjs
// and lib/scan-worker.mjs for its worker threads. npm packages stay imports, resolved from the
// production dependencies, so a clone runs the CLI after `npm ci --omit=dev` with no build tools.
// postal-mime (MIT-0) is the exception: it is bundled, so that its decoders can be given
// src/cli/byte-blob.ts in place of Node's slow Blob without changing the package.
//   node scripts/build/cli.mjs          write lib/
//   node scripts/build/cli.mjs --check  exit 1 when lib/ differs from what src/cli builds to
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import builtInPolicyLoader from "./built-in-policy-loader.mjs";
import { EXAMPLE_POLICY, PolicySourceError, checkPolicyFile } from "./policy-source.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "lib");

/** Package imports stay imports, except postal-mime's. */
/** @type {import("esbuild").Plugin} */
export const externalPackages = {
  name: "external-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path === "postal-mime" || args.path.startsWith("postal-mime/")
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** CommonJS packages the CLI loads with require() (see commonJsByRequire). */
const commonJsPackages = new Set(["tldts-icann", "@kenjiuno/msgreader"]);

/**
 * Node's ESM loader scans a CommonJS package's source for its export names (cjs-module-lexer)
 * before running it; for tldts-icann's 140 KB that took longer than requiring it. The CLI
 * therefore imports these packages through a small module that requires them, exporting the
 * names found here at build time; the default export is module.exports, as with `import`.
 */
/** @type {import("esbuild").Plugin} */
const commonJsByRequire = {
  name: "common-js-by-require",
  setup(b) {
    const requireHere = createRequire(join(root, "package.json"));
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      commonJsPackages.has(args.path) && args.namespace === "file"
        ? { path: args.path, namespace: "require" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "require" }, (args) => {
      const names = Object.keys(requireHere(args.path))
        .filter((name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name))
        .sort();
      const spec = JSON.stringify(args.path);
      return {
        contents: [
          'import { createRequire } from "node:module";',
          "const require = createRequire(import.meta.url);",
          `const required = require(${spec});`,
          "export default required;",
          ...names.map((name) => `export const ${name} = required.${name};`),
        ].join("\n"),
        loader: "js",
        resolveDir: root,
      };
    });
  },
};

const byteBlob = join(root, "src", "cli", "byte-blob.ts");

/**
 * postal-mime joins each part's decoded chunks with `new Blob(chunks)` and reads them back with
 * `blob.arrayBuffer()`; in its files only, `Blob` names ByteBlob, which does that in memory.
 */
/** @type {import("esbuild").Plugin} */
export const postalMimeBlob = {
  name: "postal-mime-blob",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]postal-mime[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!/\bnew Blob\(/.test(source)) return undefined;
      return { contents: `import { ByteBlob as Blob } from ${JSON.stringify(byteBlob)};\n${source}`, loader: "js" };
    });
  },
};

/**
 * The CLI's built-in policy is the example file, validated here once instead of at every start of
 * the CLI and of each worker thread (as the add-in's bundles do). An invalid example is left to
 * the CLI, which then reports its field errors when a scan uses the built-in policy.
 */
/** @type {import("esbuild").Plugin} */
const validatedBuiltInPolicy = {
  name: "validated-built-in-policy",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]policy[\\/]built-in\.ts$/ }, async () => {
      const file = join(root, EXAMPLE_POLICY);
      try {
        const { policy } = await checkPolicyFile(file);
        return {
          contents: builtInPolicyLoader.call({ getOptions: () => ({ policy }) }),
          loader: "js",
          watchFiles: [file],
        };
      } catch (error) {
        if (error instanceof PolicySourceError) return undefined;
        throw error;
      }
    });
  },
};

const banner = "// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.";

/** The built files, path relative to lib/ → text, built in memory. */
export async function buildCli() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: "src/cli/main.ts", "scan-worker": "src/cli/scan-worker.ts" },
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // The shared code (core, parser) goes into one chunk that both entries import.
    splitting: true,
    chunkNames: "shared-[hash]",
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [commonJsByRequire, externalPackages, postalMimeBlob, validatedBuiltInPolicy],
    banner: { js: banner },
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  return new Map(result.outputFiles.map((f) => [relative(outDir, f.path).replaceAll("\\", "/"), f.text]));
}

function current() {
  if (!existsSync(outDir)) return new Map();
  return new Map(readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name), "utf8")]));
}

async function main() {
  const built = await buildCli();
  const check = process.argv.includes("--check");
  const present = current();
  const stale = [...new Set([...built.keys(), ...present.keys()])]
    .filter((name) => built.get(name) !== present.get(name))
    .sort();
  if (check) {
    if (stale.length > 0) {
      console.error(`lib/ is out of date (${stale.join(", ")}); run npm run build:cli`);
      process.exit(1);
    }
    console.log("lib/ is up to date");
    return;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of built) writeFileSync(join(outDir, name), text);
  console.log(`wrote lib/ (${[...built.keys()].sort().join(", ")})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
