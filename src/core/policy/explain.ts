/**
 * The wording of the schema's errors, installed by parse.ts (the pane, the CLI, the build). The
 * launch event shows no errors and leaves the wording out to stay one small file; there the
 * schema keeps valibot's own messages.
 */
export type PolicyIssueInfo = {
  readonly expected: string | null;
  readonly received: string;
  readonly message: string;
  readonly path?: readonly unknown[] | undefined;
};

export type Explainer = {
  readonly object: (issue: PolicyIssueInfo, known: readonly string[]) => string;
  readonly type: (issue: PolicyIssueInfo, what: string) => string;
};

let explainer: Explainer | undefined;

export function installExplainer(value: Explainer): void {
  explainer = value;
}

export function objectMessage(known: readonly string[]): (issue: PolicyIssueInfo) => string {
  return (issue) => explainer?.object(issue, known) ?? issue.message;
}

export function typeMessage(what: string): (issue: PolicyIssueInfo) => string {
  return (issue) => explainer?.type(issue, what) ?? issue.message;
}
