/**
 * Error wording for the policy schema. Admins read these lines, so each says what is wrong and
 * what would be right, in the policy's own terms rather than the validator's.
 */

import type { Explainer, PolicyIssueInfo } from "./explain";

type KeyIssue = PolicyIssueInfo;

/** Edit distance with a cap: names further apart than `cap` are not suggestions. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/** The known field an unknown one most likely meant: close in spelling, or differing only in case. */
export function closestField(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  const cap = Math.max(1, Math.min(3, Math.floor(unknown.length / 3)));
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const score =
      candidate === lower
        ? 0
        : candidate.startsWith(lower) || lower.startsWith(candidate)
          ? 1
          : distance(lower, candidate, cap);
    if (score <= cap && (best === undefined || score < best.score)) best = { name, score };
  }
  return best?.name;
}

function keyOf(issue: KeyIssue): string | undefined {
  const last = issue.path?.[issue.path.length - 1] as { key?: unknown } | undefined;
  return typeof last?.key === "string" ? last.key : undefined;
}

/** The message for an object's issues: an unknown field, a missing one, or not an object at all. */
function objectIssue(issue: KeyIssue, known: readonly string[]): string {
  {
    if (issue.expected === "never") {
      const key = keyOf(issue) ?? issue.received;
      const guess = closestField(key, known);
      return guess !== undefined
        ? `unknown field \`${key}\` — did you mean \`${guess}\`?`
        : `unknown field \`${key}\` (known fields: ${known.map((k) => `\`${k}\``).join(", ")})`;
    }
    if (issue.received === "undefined" && issue.expected?.startsWith('"')) return "is required";
    return `must be an object { … } (got ${issue.received})`;
  }
}

function typeIssue(issue: KeyIssue, what: string): string {
  return issue.received === "undefined" ? "is required" : `must be ${what} (got ${issue.received})`;
}

export const explainer: Explainer = { object: objectIssue, type: typeIssue };

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Engines word JSON.parse errors differently; V8 names a position ("at position 86", or since
 * Node 20 sometimes "line 4 column 3"). Whatever it says, the admin gets a line and a column.
 */
export function jsonSyntaxMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  let where: { line: number; column: number } | undefined;
  if (position?.[1] !== undefined) where = lineAndColumn(text, Number(position[1]));
  else if (lineCol?.[1] !== undefined && lineCol[2] !== undefined)
    where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (/end of (json )?input/i.test(raw)) where = lineAndColumn(text, text.length);
  const reason = raw
    .replace(/\s*in JSON at position \d+.*$/s, "")
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/^JSON\.parse: /, "");
  const hint = /trailing comma|Expected double-quoted property name|Unexpected token '?[}\]]/i.test(raw)
    ? " (a comma before } or ] is not allowed in JSON)"
    : "";
  return where !== undefined
    ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}${hint}`
    : `not valid JSON: ${reason}${hint}`;
}
