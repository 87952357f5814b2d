// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  defaultPolicy,
  embeddedPolicyIssues,
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/policy-file.ts
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
async function loadPolicyFile(path) {
  if (path === void 0) {
    if (embeddedPolicyIssues.length === 0) return { ok: true, policy: defaultPolicy };
    const fromFile = await loadPolicyFile(fileURLToPath(new URL("../../policy/default-policy.json", import.meta.url)));
    return fromFile.ok ? fromFile : { ...fromFile, message: `the built-in example ${fromFile.message}` };
  }
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: `cannot read policy ${path}: ${errorText(error)}`, unreadable: true };
  }
  const { formatPolicyIssues, parsePolicy } = await import("./shared-Y7WS6CPN.mjs");
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (result.ok) return { ok: true, policy: result.policy };
  return { ok: false, message: `policy ${path} is invalid:
${formatPolicyIssues(result.issues)}`, unreadable: false };
}

export {
  loadPolicyFile
};
