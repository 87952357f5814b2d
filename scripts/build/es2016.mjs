// Keeps launchevent.js within ECMAScript 2016, the most classic Outlook's JavaScript-only runtime
// promises ("a custom sandbox that only supports JavaScript up to ECMAScript 2016", Microsoft in
// OfficeDev/Office-Add-in-samples#747). Before the minifier runs, esbuild lowers the
// finished file (async functions become generators, `?.`, `??` and object spread become ES2015);
// after it, acorn must parse the file as ES2016, or the build fails. Regular expressions that
// need ES2018 (\p{…}, named groups, lookbehind, the s flag) cannot be lowered by a syntax tool:
// the launch-event layer has them rewritten from source (scripts/build/launch-event-regexps.mjs),
// and any left over here fails the build.
import { transformSync } from "esbuild";
import * as acorn from "acorn";

const PLUGIN = "Es2016Plugin";

/** Regular-expression syntax newer than ES2016, in a pattern or its flags. */
const newerPattern = /\\[pP]\{|\(\?<[=!]|\(\?<[A-Za-z_$]|\\k</u;
const es2016Flags = /^[gimuy]*$/u;
const regexpFeatures = [
  "regexp-dot-all-flag",
  "regexp-lookbehind-assertions",
  "regexp-match-indices",
  "regexp-named-capture-groups",
  "regexp-set-notation",
  "regexp-unicode-property-escapes",
];

/**
 * @param {string} code a script
 * @returns {string[]} why it is not ES2016 (empty when it is)
 */
export function es2016Problems(code) {
  /** @type {string[]} */
  const problems = [];
  /** @type {import("acorn").Program} */
  let program;
  try {
    program = acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });
  } catch (error) {
    const at = /** @type {{ pos?: number }} */ (error).pos ?? 0;
    return [
      `not ECMAScript 2016: ${error instanceof Error ? error.message : String(error)} near "${code.slice(Math.max(0, at - 40), at + 40)}"`,
    ];
  }
  // acorn checks regex literals against ES2016 itself; RegExp built from strings it cannot see, so those with literal arguments are checked here.
  visit(program, (node) => {
    if (
      (node.type !== "NewExpression" && node.type !== "CallExpression") ||
      node.callee.type !== "Identifier" ||
      node.callee.name !== "RegExp"
    )
      return;
    const [pattern, flags] = node.arguments;
    /** @param {any} arg an acorn node, or undefined */
    const text = (arg) => (arg?.type === "Literal" && typeof arg.value === "string" ? arg.value : undefined);
    const source = text(pattern);
    const flagText = text(flags);
    if (
      (source !== undefined && newerPattern.test(source)) ||
      (flagText !== undefined && !es2016Flags.test(flagText))
    ) {
      problems.push(
        `RegExp(${JSON.stringify(source)}, ${JSON.stringify(flagText)}) needs a newer ECMAScript than 2016`,
      );
    }
  });
  return problems;
}

/**
 * The object-spread helper esbuild adds reads Object.getOwnPropertyDescriptors (ES2017) when the
 * file starts, before any module could provide it: so the lowering puts it first, only where it
 * is missing, as the specification defines it. The other newer built-ins the code calls are
 * installed by src/launchevent/es2016-builtins.ts.
 */
export const getOwnPropertyDescriptorsShim =
  'Object.getOwnPropertyDescriptors||Object.defineProperty(Object,"getOwnPropertyDescriptors",{configurable:true,writable:true,value:function(o){var r={};Reflect.ownKeys(Object(o)).forEach(function(k){var d=Object.getOwnPropertyDescriptor(o,k);if(d!==void 0)Object.defineProperty(r,k,{value:d,writable:true,enumerable:true,configurable:true})});return r}});';

/** @param {any} node @param {(node: any) => void} fn */
function visit(node, fn) {
  fn(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value)
        if (item !== null && typeof item === "object" && typeof item.type === "string") visit(item, fn);
    } else if (value !== null && typeof value === "object" && typeof value.type === "string") visit(value, fn);
  }
}

export class Es2016Plugin {
  /** @param {{ files: string[] }} options the emitted files to lower and check */
  constructor({ files }) {
    this.files = files;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        () => {
          for (const file of this.files) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const { source, map } = asset.source.sourceAndMap();
            const lowered = transformSync(source.toString(), {
              loader: "js",
              target: "es2016",
              // esbuild would turn a regex literal it cannot lower into `new RegExp(…)`: one that fails
              // only when it runs, and that the minifier can no longer drop as unused. Kept as
              // literals, any still needed fail the check below instead.
              supported: Object.fromEntries(regexpFeatures.map((feature) => [feature, true])),
              // utf8: esbuild would otherwise escape every Japanese text as \uXXXX, which gzip packs worse.
              charset: "utf8",
              legalComments: "none",
              // One function around all of it, so the lowering's helpers (__async, __spreadValues, …)
              // do not become globals of the runtime, which Office.js shares.
              banner: `(function(){${getOwnPropertyDescriptorsShim}`,
              footer: "})();",
              // Chained onto webpack's own map, so a development build still maps to the TypeScript.
              sourcemap: map ? "external" : false,
              sourcefile: file,
            });
            compilation.updateAsset(
              file,
              map
                ? new sources.SourceMapSource(lowered.code, file, lowered.map, source.toString(), map, true)
                : new sources.RawSource(lowered.code),
            );
          }
        },
      );
      // After the minifier: what ships must still be ES2016.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        for (const file of this.files) {
          const asset = compilation.getAsset(file);
          if (!asset) continue;
          for (const problem of es2016Problems(asset.source.source().toString())) {
            compilation.errors.push(
              new WebpackError(
                `${PLUGIN}: ${file} must run in classic Outlook's JavaScript-only runtime (ECMAScript 2016): ${problem}`,
              ),
            );
          }
        }
      });
    });
  }
}
