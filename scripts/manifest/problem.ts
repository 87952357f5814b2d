export type Severity = "error" | "warning";

/** One finding about one manifest, naming the element it is about. */
export type Problem = {
  readonly severity: Severity;
  /** The manifest as the user knows it, e.g. `manifest.xml` or `dist/manifest-pilot.xml`. */
  readonly file: string;
  /** The element, e.g. `<bt:Url id="Taskpane.Url">`. */
  readonly element: string;
  readonly message: string;
  readonly line?: number;
};

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${p.severity === "error" ? "error" : "warning"}: ${where}: ${p.element}: ${p.message}`;
}
