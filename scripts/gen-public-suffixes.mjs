#!/usr/bin/env node
// Generates src/core/data/public-suffixes.generated.ts, the compact Public Suffix List used by the
// launch-event handler (src/core/engine/compact-env.ts), FROM the tldts-icann package the task pane
// uses, so both read the same list version.
//
// The launch-event file has a 50 KB gzip budget and tldts-icann alone is about 33 KB of it. What is
// left out, and why results stay equal:
//   - Single-label rules (com, jp, google, … about 1,600). The prevailing "*" rule makes the last
//     label the public suffix of any host no rule matches, so listing a TLD changes no answer.
//   - Punycode copies of IDN rules (xn--55qx5d.hk beside 教育.hk, about 290): tldts lists both forms;
//     the lookup decodes "xn--" labels first (src/core/net/public-suffix.ts), so one form is enough.
//     An xn-- rule whose Unicode form is not in the list is kept.
//   - The place names under .no and .it (Norwegian municipalities and counties, Italian provinces
//     and regions spelt out: alesund.no, heroy.nordland.no, agrigento.it; 907 rules, child label
//     longer than four characters), so launchevent.js fits its 50 KB budget: 16.9 → 13.0 KB gzip
//     as text. This one changes answers, for the launch event only (the pane reads tldts-icann):
//     a host under such a name is grouped under it, x.agrigento.it → agrigento.it instead of
//     x.agrigento.it. Two senders under one Norwegian or Italian place name then count as one
//     organisation; the short functional names (gov.it, edu.it, priv.no, mil.no, ag.it …) stay.
//   - Nothing else: every other rule of two or more labels, wildcards and exceptions included, is
//     kept. The jp city rules such as kawagoe.saitama.jp are needed
//     for the facility's own local government (city.kawagoe.saitama.jp is in the default policy).
//     Measured alternatives: two-label rules only 11.7 KB gzip (wrong for every jp city host),
//     without the 314 non-jp rules of three labels (k12.ca.us, *.sch.uk …) 16.1 KB.
// Pass --max-labels=2 to see the size without three- and four-label rules (not what is shipped).
//
// Encoding: "parent:child,child;parent:child" — children of one parent suffix, sorted; "*" is a
// wildcard child and "!name" an exception (e.g. "kawasaki.jp:!city,*").
//
//   node scripts/gen-public-suffixes.mjs          write the file
//   node scripts/gen-public-suffixes.mjs --check  exit 1 when the committed file is out of date
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { domainToUnicode, fileURLToPath } from "node:url";
import { asciiLiteral, writeOrCheck } from "./generated-file.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = join(root, "src/core/data/public-suffixes.generated.ts");
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("tldts-icann/package.json"));
const packageJson = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const triePath = join(packageDir, "dist/es6/src/data/trie.js");

/**
 * The parts of tldts-icann's trie this generator reads: per node its flags and first edge, per edge
 * its label's length (labels are concatenated in labelText) and the node it leads to.
 * @typedef {{ nodeFlags: ArrayLike<number>, edgeStart: ArrayLike<number>, edgeLength: ArrayLike<number>, edgeChild: ArrayLike<number>, labelText: string, rulesRoot: number, exceptionsRoot: number }} Trie
 */

/**
 * Loads tldts-icann's flat trie (typed arrays + one label string) without importing the package's lookup code.
 * @returns {Trie}
 */
function loadTrie() {
  const source = readFileSync(triePath, "utf8").replace(/export const (\w+) =/g, "exports.$1 =");
  /** @type {Record<string, unknown>} */
  const trie = {};
  new Function("exports", source)(trie);
  for (const name of [
    "nodeFlags",
    "edgeStart",
    "edgeLength",
    "edgeChild",
    "labelText",
    "rulesRoot",
    "exceptionsRoot",
  ]) {
    if (trie[name] === undefined)
      throw new Error(`${triePath} has no ${name}: the tldts-icann data format changed; update this generator`);
  }
  return /** @type {Trie} */ (trie);
}

/**
 * Every rule of tldts-icann as PSL text: "co.jp", "*.ck", "!www.ck".
 * @returns {string[]}
 */
export function allRules() {
  const trie = loadTrie();
  /** @type {number[]} */
  const offsets = [];
  for (let edge = 0, offset = 0; edge < trie.edgeLength.length; edge++) {
    offsets.push(offset);
    offset += trie.edgeLength[edge] ?? 0;
  }
  /**
   * @param {number} rootNode
   * @param {string} prefix
   */
  const walk = (rootNode, prefix) => {
    /** @type {string[]} */
    const found = [];
    /**
     * @param {number} node
     * @param {string} suffix
     */
    const visit = (node, suffix) => {
      for (let edge = trie.edgeStart[node] ?? 0; edge < (trie.edgeStart[node + 1] ?? 0); edge++) {
        const start = offsets[edge] ?? 0;
        const label = trie.labelText.slice(start, start + (trie.edgeLength[edge] ?? 0));
        const child = trie.edgeChild[edge] ?? 0;
        const name = suffix === "" ? label : `${label}.${suffix}`;
        // Bit 1 marks a node that ends a rule (tldts-icann keeps only ICANN rules).
        if (((trie.nodeFlags[child] ?? 0) & 1) !== 0) found.push(`${prefix}${name}`);
        visit(child, name);
      }
    };
    visit(rootNode, "");
    return found;
  };
  return [...walk(trie.rulesRoot, ""), ...walk(trie.exceptionsRoot, "!")];
}

const labelCount = (/** @type {string} */ rule) => rule.replace(/^!/, "").split(".").length;

const toUnicode = (/** @type {string} */ rule) =>
  rule
    .split(".")
    .map((label) => (label.startsWith("xn--") ? domainToUnicode(label) || label : label))
    .join(".");

/**
 * Place-name rules under .no and .it that the launch event leaves out (see the top of this file).
 * @param {string} rule
 */
export function leftOutPlaceName(rule) {
  const labels = rule.replace(/^!/, "").split(".");
  const tld = labels[labels.length - 1];
  return labels.length >= 2 && (tld === "no" || tld === "it") && [...(labels[0] ?? "")].length > 4;
}

/**
 * The rules kept: every rule of two labels or more (at most maxLabels when given) but punycode copies and left-out place names.
 * @returns {string[]}
 */
export function keptRules(maxLabels = Infinity) {
  const rules = allRules().filter(
    (rule) => labelCount(rule) >= 2 && labelCount(rule) <= maxLabels && !leftOutPlaceName(rule),
  );
  const present = new Set(rules);
  return rules.filter((rule) => !rule.includes("xn--") || !present.has(toUnicode(rule)));
}

/**
 * The kept rules packed as "parent:child,child;…", sorted.
 * @param {readonly string[]} rules
 */
export function encode(rules) {
  /** @type {Map<string, string[]>} */
  const byParent = new Map();
  for (const rule of rules) {
    const exception = rule.startsWith("!");
    const name = exception ? rule.slice(1) : rule;
    const dot = name.indexOf(".");
    const parent = name.slice(dot + 1);
    const child = `${exception ? "!" : ""}${name.slice(0, dot)}`;
    byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  }
  /** @type {(a: string, b: string) => number} */
  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byParent.keys()]
    .sort(order)
    .map((parent) => `${parent}:${(byParent.get(parent) ?? []).sort(order).join(",")}`)
    .join(";");
}

/** The generated file's text. */
export function generate(maxLabels = Infinity) {
  const rules = keptRules(maxLabels);
  const packed = encode(rules);
  // Split at group boundaries so no line is enormous; joined again at build time by the bundler.
  /** @type {string[]} */
  const chunks = [];
  let current = "";
  for (const group of packed.split(";")) {
    if (current.length + group.length > 2_000 && current !== "") {
      chunks.push(`${current};`);
      current = "";
    }
    current += current === "" ? group : `;${group}`;
  }
  chunks.push(current);
  return [
    `// Generated by scripts/gen-public-suffixes.mjs from tldts-icann ${packageJson.version} (ICANN section of the Public Suffix List).`,
    "// Do not edit by hand; run `node scripts/gen-public-suffixes.mjs` instead.",
    `// ${rules.length} rules of two or more labels; single-label rules are implied by the default "*" rule,`,
    "// punycode copies of IDN rules by their Unicode form (the lookup decodes xn-- labels).",
    "",
    '/** "parent:child,child;…" where a child is a label, "*" (wildcard) or "!label" (exception). */',
    "export const packedPublicSuffixes =",
    chunks.map((chunk) => `  ${asciiLiteral(chunk)}`).join(" +\n") + ";",
    "",
    `export const publicSuffixRuleCount = ${rules.length};`,
    "",
  ].join("\n");
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const maxArg = process.argv.find((a) => a.startsWith("--max-labels="));
  const text = generate(maxArg ? Number(maxArg.split("=")[1]) : Infinity);
  writeOrCheck(output, text, process.argv, "node scripts/gen-public-suffixes.mjs");
}
