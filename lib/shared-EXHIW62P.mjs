// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/core/drill/drill-id.ts
var idPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
function isDrillId(text) {
  return idPattern.test(text);
}
function drillHeaderValue(policyValue, id) {
  if (!isDrillId(id)) throw new Error(`drill id "${id}" must be letters, digits and hyphens (at most 40)`);
  return `${policyValue}; id=${id}`;
}
function readDrillMark(headerValue, policyValue) {
  const [head = "", ...params] = headerValue.split(";");
  if (head.trim() !== policyValue.trim()) return void 0;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "id") continue;
    const id = param.slice(eq + 1).trim();
    return isDrillId(id) ? { id } : {};
  }
  return {};
}
var subjectTag = /\[drill:([A-Za-z0-9][A-Za-z0-9-]{0,39})\]/;
function drillIdFromSubject(subject) {
  return subjectTag.exec(subject)?.[1];
}

export {
  drillHeaderValue,
  readDrillMark,
  drillIdFromSubject
};
