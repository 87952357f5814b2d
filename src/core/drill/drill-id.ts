/**
 * A drill mail carries the policy's drill header with the policy's value and a per-mail id:
 * `X-Westa-Drill: training-2026; id=D7F3A-001`. The value alone (no id) still marks a drill, so
 * headers stamped by older tools or by hand keep working.
 */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export type DrillMark = { readonly id?: string };

export function isDrillId(text: string): boolean {
  return idPattern.test(text);
}

export function drillHeaderValue(policyValue: string, id: string): string {
  if (!isDrillId(id)) throw new Error(`drill id "${id}" must be letters, digits and hyphens (at most 40)`);
  return `${policyValue}; id=${id}`;
}

/** The drill mark when `headerValue` is the policy's value, optionally followed by `; id=…`. */
export function readDrillMark(headerValue: string, policyValue: string): DrillMark | undefined {
  const [head = "", ...params] = headerValue.split(";");
  if (head.trim() !== policyValue.trim()) return undefined;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "id") continue;
    const id = param.slice(eq + 1).trim();
    return isDrillId(id) ? { id } : {};
  }
  return {};
}

const subjectTag = /\[drill:([A-Za-z0-9][A-Za-z0-9-]{0,39})\]/;

/** The tag a report's subject carries so `drill tally` can count it without a backend. */
export function drillSubjectTag(id: string): string {
  return `[drill:${id}]`;
}

export function drillIdFromSubject(subject: string): string | undefined {
  return subjectTag.exec(subject)?.[1];
}
