// A webpack loader for the launch-event layer only: rewrites regular-expression literals that use
// Unicode property escapes (\p{L}, \p{Script=Greek}, … : ECMAScript 2018) into `new RegExp(…)`
// built from code-point ranges, because classic Outlook's JavaScript-only runtime promises
// ECMAScript 2016 only and no syntax tool can lower such a literal. The ranges are read, when the
// add-in is built, from the very engine that runs the build, so the launch event matches exactly
// the characters the task pane and the CLI match with the literal. They travel packed in
// src/launchevent/unicode-ranges.ts (filled in here) and are unpacked on first use. Flags, the
// rest of each pattern and when the RegExp is created stay as written.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const rangesModule = path.join(root, "src", "launchevent", "unicode-ranges.ts");
const placeholder = "const packed: Readonly<Record<string, string>> = {};";

/** The property escapes the core uses; another one fails the build until it is listed here. */
export const properties = [
  "L",
  "M",
  "N",
  "P",
  "Zs",
  "Script=Latin",
  "Script=Greek",
  "Script=Cyrillic",
  "Script=Armenian",
  "Script=Cherokee",
];

/**
 * "gap-span,gap-span,…" in base 36: each range starts `gap` code points after the previous one
 * ended and covers `span` more ("-span" left out when it is one code point).
 * @param {string} property
 */
export function packRanges(property) {
  const test = new RegExp(`^\\p{${property}}$`, "u");
  const parts = [];
  let next = 0;
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inside = cp <= 0x10ffff && test.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      const end = cp - 1;
      parts.push((start - next).toString(36) + (end > start ? `-${(end - start).toString(36)}` : ""));
      next = end + 1;
      start = -1;
    }
  }
  return parts.join(",");
}

/** @type {Record<string, string> | undefined} */
let packedCache;
function packedAll() {
  packedCache ??= Object.fromEntries(properties.map((p) => [p, packRanges(p)]));
  return packedCache;
}

/**
 * The pattern as a string expression in which every \p{…} / \P{…} is the unpacked ranges.
 * @param {string} pattern regex source
 * @param {string} where for error messages
 */
export function patternExpression(pattern, where) {
  /** @type {string[]} */
  const pieces = [];
  let text = "";
  let inClass = false;
  const flush = () => {
    if (text !== "") pieces.push(JSON.stringify(text));
    text = "";
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      const escape = /^\\([pP])\{([^}]*)\}/u.exec(pattern.slice(i));
      if (escape) {
        const [whole, kind, property = ""] = escape;
        if (!properties.includes(property))
          throw new Error(
            `${where}: \\${kind}{${property}} is not in scripts/build/launch-event-regexps.mjs's properties; add it there`,
          );
        const ranges = `__unicodeRanges(${JSON.stringify(property)})`;
        if (kind === "P" && inClass)
          throw new Error(`${where}: \\P{…} inside [ … ] cannot be rewritten; write [^…] instead`);
        flush();
        pieces.push(inClass ? ranges : `${JSON.stringify(kind === "P" ? "[^" : "[")} + ${ranges} + "]"`);
        i += whole.length - 1;
        continue;
      }
      text += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    text += ch;
  }
  flush();
  return pieces.join(" + ");
}

/**
 * @param {string} source TypeScript source
 * @param {string} file its path
 * @returns {string} the source with property-escape literals rewritten (unchanged when it has none)
 */
export function rewritePropertyEscapes(source, file) {
  if (path.resolve(file) === rangesModule) {
    if (!source.includes(placeholder))
      throw new Error(`${file} no longer declares \`${placeholder}\`, which the build fills in`);
    return source.replace(
      placeholder,
      `const packed: Readonly<Record<string, string>> = ${JSON.stringify(packedAll())};`,
    );
  }
  if (!/\\[pP]\{/u.test(source)) return source;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  /** @param {import("typescript").Node} node */
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const slash = literal.lastIndexOf("/");
      const pattern = literal.slice(1, slash);
      if (/\\[pP]\{/u.test(pattern)) {
        const where = `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
        edits.push({
          start: node.getStart(sourceFile),
          end: node.getEnd(),
          text: `new RegExp(${patternExpression(pattern, where)}, ${JSON.stringify(literal.slice(slash + 1))})`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (edits.length === 0) return source;
  let out = source;
  for (const { start, end, text } of edits.reverse()) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return `import { unicodeRanges as __unicodeRanges } from ${JSON.stringify(rangesModule.replace(/\.ts$/u, ""))};\n${out}`;
}

/** @this {{ resourcePath: string }} @param {string} source */
export default function launchEventRegexpsLoader(source) {
  return rewritePropertyEscapes(source, this.resourcePath);
}
