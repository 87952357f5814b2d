import type { Finding, Level, Severity } from "../model/verdict";

/** Orders severities: strong first. */
export const severityRank: Readonly<Record<Severity, number>> = { strong: 3, medium: 2, weak: 1, info: 0 };

export function compareFindings(a: Finding, b: Finding): number {
  return severityRank[b.severity] - severityRank[a.severity] || Number(b.senderSignal) - Number(a.senderSignal);
}

/**
 * The level from the findings alone (before missing data is considered):
 * - any strong finding → danger;
 * - a medium sender signal together with another medium, or with two weak signals → danger;
 * - any medium → caution;
 * - weak signals only count next to a sender signal, so "Re:" from a stranger stays quiet;
 * - otherwise null (no warning signs).
 */
export function levelFromFindings(findings: readonly Finding[]): Exclude<Level, "safe" | "unknown"> | null {
  let medium = 0;
  let weak = 0;
  let senderMedium = false;
  for (const f of findings) {
    if (f.severity === "strong") return "danger";
    if (f.severity === "medium") {
      medium += 1;
      if (f.senderSignal) senderMedium = true;
    }
    if (f.severity === "weak") weak += 1;
  }
  if (senderMedium && (medium >= 2 || weak >= 2)) return "danger";
  if (medium >= 1) return "caution";
  return null;
}
