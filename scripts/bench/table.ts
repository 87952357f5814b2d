/** The one table the benchmark prints: every figure measured in the same run, with its target. */

export type Status = "ok" | "OVER" | "n/a" | "";

export type Row = {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly status: Status;
};

export function row(measure: string, value: string, target = "", status: Status = ""): Row {
  return { measure, value, target, status };
}

/** A row for a measurement that could not run, saying why instead of crashing. */
export function unavailable(measure: string, reason: string): Row {
  return { measure, value: reason, target: "", status: "n/a" };
}

export function within(value: number, limit: number): Status {
  return Number.isFinite(value) ? (value <= limit ? "ok" : "OVER") : "n/a";
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function renderTable(rows: readonly Row[]): string {
  const lines = ["| Measure | Value | Target | Status |", "|---|---|---|---|"];
  for (const r of rows)
    lines.push(`| ${escapeCell(r.measure)} | ${escapeCell(r.value)} | ${escapeCell(r.target)} | ${r.status} |`);
  return lines.join("\n");
}
