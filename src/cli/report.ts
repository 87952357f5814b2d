import type { Level, Localized, Verdict } from "../core";

/** One line of `scan` output, whether the message could be judged or not. */
export type ScanRecord = {
  readonly file: string;
  readonly level: Level;
  readonly headline: Localized;
  readonly sender?: { readonly displayName: string; readonly address: string };
  readonly subject?: string;
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly messageId: string }[];
  readonly skipped: readonly { readonly part: string; readonly reason: string; readonly detail?: string }[];
  readonly ruleFailures?: readonly { readonly rule: string; readonly error: string }[];
  readonly drill?: true;
  readonly drillId?: string;
  readonly trustedReason?: Localized;
  readonly error?: string;
};

const unreadableHeadline: Localized = {
  ja: "このファイルは読み取れなかったため、確認できませんでした。",
  en: "This file could not be read, so it was not checked.",
};

export function recordFromVerdict(file: string, subject: string, verdict: Verdict): ScanRecord {
  return {
    file,
    level: verdict.level,
    headline: verdict.headline,
    sender: { displayName: verdict.sender.displayName, address: verdict.sender.address },
    subject,
    findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId })),
    skipped: verdict.skipped.map((s) => ({ part: s.part, reason: s.reason, ...(s.detail !== undefined ? { detail: s.detail } : {}) })),
    ...(verdict.ruleFailures.length > 0 ? { ruleFailures: verdict.ruleFailures } : {}),
    ...(verdict.drill === true ? { drill: true as const } : {}),
    ...(verdict.drillId !== undefined ? { drillId: verdict.drillId } : {}),
    ...(verdict.trustedReason !== undefined ? { trustedReason: verdict.trustedReason } : {}),
  };
}

export function recordFromError(file: string, error: string): ScanRecord {
  return { file, level: "unknown", headline: unreadableHeadline, findings: [], skipped: [], error };
}

export function jsonLine(record: ScanRecord): string {
  return JSON.stringify(record);
}

/** Display width: East Asian wide characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const char of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return n;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

export function table(records: readonly ScanRecord[]): string {
  // Info findings (a passed authentication, a trusted sender) are notes, not warning signs.
  const rows = records.map((r) => {
    const signs = r.findings.filter((f) => f.severity !== "info");
    return [r.level, String(signs.length), r.error !== undefined ? "(unreadable)" : (signs[0]?.rule ?? "-"), r.file];
  });
  const header = ["LEVEL", "SIGNS", "TOP RULE", "FILE"];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ""))));
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join("  ")).join("\n") + "\n";
}

export function summary(records: readonly ScanRecord[]): string {
  const count = (level: Level): number => records.filter((r) => r.level === level).length;
  const errors = records.filter((r) => r.error !== undefined).length;
  return `${records.length} message(s): danger ${count("danger")}, caution ${count("caution")}, safe ${count("safe")}, unknown ${count("unknown")} (unreadable ${errors})`;
}
