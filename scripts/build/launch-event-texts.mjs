// A webpack loader for the launch-event layer only: it blanks the texts launchevent.js never
// shows, so the file stays within its gzip budget. The launch event shows one thing, the
// verdict's headline on the notification bar; the findings' explanations (each rule's
// `messages`), the rules' descriptions and the "could not be checked" sentences are read only by
// the task pane, whose bundle keeps them. Keys and structure stay, so the engine runs the same
// code and reaches the same levels and headlines; only those strings become "".
import ts from "typescript";

/** Which texts are blanked, by file: object properties by name, or whole top-level tables by variable name. */
export const blanked = [
  { file: /[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+\.ts$/u, properties: ["messages", "description"] },
  { file: /[\\/]src[\\/]core[\\/]engine[\\/]skipped\.ts$/u, variables: ["partNames", "reasonText"] },
  // Evidence that only the findings' explanations name (no headline has {kindJa}, {disguiseJa},
  // {problemJa}, {whyJa} or {explanationJa}; test/launchevent/bare-runtime.test.ts compares bars).
  { file: /[\\/]src[\\/]core[\\/]text[\\/]file-kind-names\.ts$/u, variables: ["kindNames"] },
  { file: /[\\/]src[\\/]core[\\/]rules[\\/]risky-attachment\.ts$/u, variables: ["disguiseNames"] },
  { file: /[\\/]src[\\/]core[\\/]rules[\\/]archive-contents\.ts$/u, variables: ["errorText", "notExaminedText"] },
  { file: /[\\/]src[\\/]core[\\/]rules[\\/]authentication\.ts$/u, variables: ["dmarcExplanation"] },
];

/**
 * @param {string} source TypeScript source
 * @param {string} file its path
 * @returns {string} the source with the chosen string literals replaced by ""
 */
export function blankPaneOnlyTexts(source, file) {
  const targets = blanked.filter((entry) => entry.file.test(file));
  if (targets.length === 0) return source;
  const properties = new Set(targets.flatMap((t) => t.properties ?? []));
  const variables = new Set(targets.flatMap((t) => t.variables ?? []));
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number }[]} */
  const spans = [];
  /** @param {import("typescript").Node} node */
  const isKey = (node) => ts.isPropertyAssignment(node.parent) && node.parent.name === node;
  /**
   * @param {import("typescript").Node} node
   * @param {boolean} inside
   */
  const visit = (node, inside) => {
    let within = inside;
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      properties.has(node.name.text) &&
      ts.isObjectLiteralExpression(node.initializer)
    )
      within = true;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && variables.has(node.name.text)) within = true;
    if (within && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isKey(node)) {
      spans.push({ start: node.getStart(sourceFile), end: node.getEnd() });
      return;
    }
    ts.forEachChild(node, (child) => visit(child, within));
  };
  visit(sourceFile, false);
  let out = source;
  for (const { start, end } of spans.reverse()) out = `${out.slice(0, start)}""${out.slice(end)}`;
  return out;
}

/** @this {{ resourcePath: string }} @param {string} source */
export default function launchEventTextsLoader(source) {
  return blankPaneOnlyTexts(source, this.resourcePath);
}
