import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  packRanges,
  patternExpression,
  properties,
  rewritePropertyEscapes,
} from "../../scripts/build/launch-event-regexps.mjs";
import { unpackRanges } from "../../src/launchevent/unicode-ranges";

/**
 * The launch event cannot use \p{…} (ES2018): the build rewrites each such literal into a RegExp
 * built from packed code-point ranges. Here every such literal of src/ is rewritten and compared
 * with the literal itself on every code point, so the launch event splits and classifies text
 * exactly as the task pane and the CLI do.
 */

const repo = resolve(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

/** Every regex literal with a property escape in the code the launch event bundles. */
function propertyEscapeLiterals(): { file: string; pattern: string; flags: string }[] {
  const found: { file: string; pattern: string; flags: string }[] = [];
  for (const file of ["src/core", "src/office", "src/launchevent"].flatMap((dir) => sourceFiles(join(repo, dir)))) {
    const text = readFileSync(file, "utf8");
    if (!/\\[pP]\{/u.test(text)) continue;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf("/");
        if (/\\[pP]\{/u.test(literal))
          found.push({ file, pattern: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

const packed = new Map<string, string>();
const ranges = (property: string): string => {
  let data = packed.get(property);
  if (data === undefined) {
    data = packRanges(property);
    packed.set(property, data);
  }
  return unpackRanges(data);
};

/** The pattern the launch event builds at load, from the expression the loader writes. */
function rewritten(pattern: string): string {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the loader's output is an expression; this is how it runs in the bundle
  const build = new Function("__unicodeRanges", `return ${patternExpression(pattern, "test")};`) as (
    r: (property: string) => string,
  ) => string;
  return build(ranges);
}

describe("launch-event regexps (\\p{…} as code-point ranges)", () => {
  const literals = propertyEscapeLiterals();

  it("finds the property-escape literals the core has", () => {
    expect(literals.length).toBeGreaterThanOrEqual(8);
  });

  it("matches exactly the code points each literal matches, on every code point", () => {
    for (const { file, pattern, flags } of literals) {
      const testFlags = flags.replace(/[gy]/gu, "");
      const original = new RegExp(pattern, testFlags);
      const lowered = new RegExp(rewritten(pattern), testFlags);
      expect(lowered.source, file).not.toMatch(/\\[pP]\{/u);
      const differing: number[] = [];
      for (let cp = 0; cp <= 0x10ffff && differing.length < 5; cp++) {
        const text = String.fromCodePoint(cp);
        if (original.test(text) !== lowered.test(text)) differing.push(cp);
      }
      expect(differing, `${file}: /${pattern}/${flags}`).toEqual([]);
    }
  }, 120_000);

  it("agrees on whole names too (words, mixed scripts, marks, punctuation)", () => {
    const samples = [
      "Ρeρe.ν2@Αirdrορ",
      "РауPal",
      "Σωκράτης Παπαδόπουλος",
      "µTorrent",
      "ウェスタ川越 総務課",
      "Ａｍａｚｏｎ",
      "e\u0301cole",
      "株式会社　テスト",
      "a\u200db",
      "😀 smile",
      "Ꭺpple",
      "Առ",
    ];
    for (const { file, pattern, flags } of literals) {
      for (const sample of samples) {
        const original = sample.replace(new RegExp(pattern, flags.includes("g") ? flags : `${flags}g`), "<$&>");
        const lowered = sample.replace(
          new RegExp(rewritten(pattern), flags.includes("g") ? flags : `${flags}g`),
          "<$&>",
        );
        expect(lowered, `${file}: ${sample}`).toBe(original);
      }
    }
  });

  it("rewrites a module's literals and imports the ranges; leaves files without them alone", () => {
    const source = "const a = /[\\p{L}\\p{N}]+/gu;\nconst b = /\\P{M}/u;\nconst c = /x\\/y/;\n";
    const out = rewritePropertyEscapes(source, "/x/y.ts");
    expect(out).toContain('new RegExp("[" + __unicodeRanges("L") + __unicodeRanges("N") + "]+", "gu")');
    expect(out).toContain('new RegExp("[^" + __unicodeRanges("M") + "]", "u")');
    expect(out).toContain("const c = /x\\/y/;");
    expect(out.split("\n")[0]).toMatch(
      /^import \{ unicodeRanges as __unicodeRanges \} from ".*src\/launchevent\/unicode-ranges";$/u,
    );
    expect(rewritePropertyEscapes("const d = /abc/u;", "/x/z.ts")).toBe("const d = /abc/u;");
  });

  it("fails the build for a property it has no ranges for, or \\P{…} inside a class", () => {
    expect(() => rewritePropertyEscapes("const e = /\\p{Script=Han}/u;", "/x/e.ts")).toThrow(
      /Script=Han.*add it there/u,
    );
    expect(() => rewritePropertyEscapes("const f = /[\\P{L}]/u;", "/x/f.ts")).toThrow(/inside \[ … \]/u);
    expect(properties).toContain("Script=Latin");
  });
});
