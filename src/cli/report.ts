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
  /** The file could not be read or is not a mail: it was not judged at all. */
  readonly error?: string;
  /** Why the level is unknown, in plain words (the error, or what could not be checked). */
  readonly reason?: string;
};

const unreadableHeadline: Localized = {
  ja: "このファイルは読み取れなかったため、確認できませんでした。",
  en: "This file could not be read, so it was not checked.",
};

/** What kept a judged message from a safe-or-worse verdict, for `unknown` rows. */
function unknownReason(verdict: Verdict): string {
  const parts = [
    ...verdict.skipped.map((s) => `${s.message.en}${s.detail !== undefined ? ` (${s.detail})` : ""}`),
    ...verdict.ruleFailures.map((f) => `rule ${f.rule} failed: ${f.error}`),
  ];
  if (verdict.sender.address === "" && !verdict.skipped.some((s) => s.part === "from"))
    parts.unshift("no sender address (From) could be read");
  return parts.length > 0 ? [...new Set(parts)].join("; ") : verdict.headline.en;
}

export function recordFromVerdict(file: string, subject: string, verdict: Verdict): ScanRecord {
  return {
    file,
    level: verdict.level,
    headline: verdict.headline,
    sender: { displayName: verdict.sender.displayName, address: verdict.sender.address },
    subject,
    findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId })),
    skipped: verdict.skipped.map((s) => ({
      part: s.part,
      reason: s.reason,
      ...(s.detail !== undefined ? { detail: s.detail } : {}),
    })),
    ...(verdict.ruleFailures.length > 0 ? { ruleFailures: verdict.ruleFailures } : {}),
    ...(verdict.drill === true ? { drill: true as const } : {}),
    ...(verdict.drillId !== undefined ? { drillId: verdict.drillId } : {}),
    ...(verdict.trustedReason !== undefined ? { trustedReason: verdict.trustedReason } : {}),
    ...(verdict.level === "unknown" ? { reason: unknownReason(verdict) } : {}),
  };
}

export function recordFromError(file: string, error: string): ScanRecord {
  return {
    file,
    level: "unknown",
    headline: unreadableHeadline,
    findings: [],
    skipped: [],
    error,
    reason: `could not be read: ${error}`,
  };
}

export function jsonLine(record: ScanRecord): string {
  return JSON.stringify(record);
}

/** Display width: East Asian wide characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const char of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 2
        : 1;
  return n;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

/**
 * Warning signs are the findings that can raise the level; notes are the rest (info findings,
 * and on a safe mail the weak signs that did not count). A safe row therefore never shows a
 * count of signs, and an unknown row says why instead of naming a rule.
 */
function row(r: ScanRecord): string[] {
  const warningSigns =
    r.level === "danger" || r.level === "caution" ? r.findings.filter((f) => f.severity !== "info") : [];
  const notes = r.findings.length - warningSigns.length;
  const detail = r.level === "unknown" ? (r.reason ?? "not checked") : (warningSigns[0]?.rule ?? "-");
  return [
    r.level,
    warningSigns.length > 0 ? String(warningSigns.length) : "-",
    notes > 0 ? String(notes) : "-",
    r.file,
    detail,
  ];
}

export function table(records: readonly ScanRecord[]): string {
  const header = ["LEVEL", "SIGNS", "NOTES", "FILE", "TOP SIGN / REASON"];
  const all = [header, ...records.map(row)];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => width(cells[i] ?? ""))));
  return (
    all
      .map((cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join("  "))
      .join("\n") + "\n"
  );
}

export function summary(records: readonly ScanRecord[]): string {
  const count = (level: Level): number => records.filter((r) => r.level === level).length;
  const unreadable = records.filter((r) => r.error !== undefined).length;
  const unknown = count("unknown");
  const parts = [
    unreadable > 0 ? `${unreadable} could not be read` : "",
    unknown - unreadable > 0 ? `${unknown - unreadable} not fully checked` : "",
  ].filter((p) => p !== "");
  return `${records.length} message(s): danger ${count("danger")}, caution ${count("caution")}, safe ${count("safe")}, unknown ${unknown}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}
