import { readFile } from "node:fs/promises";
import { defaultPolicy, formatPolicyIssues, parsePolicy, type Policy } from "../core";
import { errorText } from "../core/text/error-text";

export type LoadedPolicyFile = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly message: string };

/** Reads and validates a policy file; with no path, the built-in policy. Never throws. */
export async function loadPolicyFile(path: string | undefined): Promise<LoadedPolicyFile> {
  if (path === undefined) return { ok: true, policy: defaultPolicy };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: `cannot read policy ${path}: ${errorText(error)}` };
  }
  // A UTF-8 BOM (Windows editors add one) is not part of the JSON.
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (result.ok) return { ok: true, policy: result.policy };
  return { ok: false, message: `policy ${path} is invalid:\n${formatPolicyIssues(result.issues)}` };
}
