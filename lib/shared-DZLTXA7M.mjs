// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/cli/report.ts
var unreadableHeadline = {
  ja: "このファイルは読み取れなかったため、確認できませんでした。",
  en: "This file could not be read, so it was not checked."
};
function unknownReason(verdict) {
  const parts = [
    ...verdict.skipped.map((s) => `${s.message.en}${s.detail !== void 0 ? ` (${s.detail})` : ""}`),
    ...verdict.ruleFailures.map((f) => `rule ${f.rule} failed: ${f.error}`)
  ];
  if (verdict.sender.address === "" && !verdict.skipped.some((s) => s.part === "from"))
    parts.unshift("no sender address (From) could be read");
  return parts.length > 0 ? [...new Set(parts)].join("; ") : verdict.headline.en;
}
function recordFromVerdict(file, subject, verdict) {
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
      ...s.detail !== void 0 ? { detail: s.detail } : {}
    })),
    ...verdict.ruleFailures.length > 0 ? { ruleFailures: verdict.ruleFailures } : {},
    ...verdict.drill === true ? { drill: true } : {},
    ...verdict.drillId !== void 0 ? { drillId: verdict.drillId } : {},
    ...verdict.trustedReason !== void 0 ? { trustedReason: verdict.trustedReason } : {},
    ...verdict.level === "unknown" ? { reason: unknownReason(verdict) } : {}
  };
}
function recordFromError(file, error) {
  return {
    file,
    level: "unknown",
    headline: unreadableHeadline,
    findings: [],
    skipped: [],
    error,
    reason: `could not be read: ${error}`
  };
}
function jsonLine(record) {
  return JSON.stringify(record);
}
function width(text) {
  let n = 0;
  for (const char of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
      char
    ) ? 2 : 1;
  return n;
}
function pad(text, columns) {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}
function row(r) {
  const warningSigns = r.level === "danger" || r.level === "caution" ? r.findings.filter((f) => f.severity !== "info") : [];
  const notes = r.findings.length - warningSigns.length;
  const detail = r.level === "unknown" ? r.reason ?? "not checked" : warningSigns[0]?.rule ?? "-";
  return [
    r.level,
    warningSigns.length > 0 ? String(warningSigns.length) : "-",
    notes > 0 ? String(notes) : "-",
    r.file,
    detail
  ];
}
function table(records) {
  const header = ["LEVEL", "SIGNS", "NOTES", "FILE", "TOP SIGN / REASON"];
  const all = [header, ...records.map(row)];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => width(cells[i] ?? ""))));
  return all.map((cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ")).join("\n") + "\n";
}
function summary(records) {
  const count = (level) => records.filter((r) => r.level === level).length;
  const unreadable = records.filter((r) => r.error !== void 0).length;
  const unknown = count("unknown");
  const parts = [
    unreadable > 0 ? `${unreadable} could not be read` : "",
    unknown - unreadable > 0 ? `${unknown - unreadable} not fully checked` : ""
  ].filter((p) => p !== "");
  return `${records.length} message(s): danger ${count("danger")}, caution ${count("caution")}, safe ${count("safe")}, unknown ${unknown}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

export {
  recordFromVerdict,
  recordFromError,
  jsonLine,
  table,
  summary
};
