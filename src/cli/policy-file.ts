import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Policy } from "../core";
import { defaultPolicy, embeddedPolicyIssues } from "../core/policy/load";
import { errorText } from "../core/text/error-text";

export type LoadedPolicyFile =
  | { readonly ok: true; readonly policy: Policy }
  /** `unreadable`: the file could not be read at all (exit 3), rather than read and found invalid (exit 2). */
  | { readonly ok: false; readonly message: string; readonly unreadable: boolean };

/** Reads and validates a policy file; with no path, the built-in policy. Never throws. */
export async function loadPolicyFile(path: string | undefined): Promise<LoadedPolicyFile> {
  if (path === undefined) {
    if (embeddedPolicyIssues.length === 0) return { ok: true, policy: defaultPolicy };
    // Re-read from the file for the explained wording (the embedded check keeps valibot's own).
    const fromFile = await loadPolicyFile(fileURLToPath(new URL("../../policy/default-policy.json", import.meta.url)));
    return fromFile.ok ? fromFile : { ...fromFile, message: `the built-in example ${fromFile.message}` };
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, message: `cannot read policy ${path}: ${errorText(error)}`, unreadable: true };
  }
  // The validator (valibot) is loaded only here: the built-in policy was validated by the build.
  const { formatPolicyIssues, parsePolicy } = await import("../core/policy/parse");
  // A UTF-8 BOM (Windows editors add one) is not part of the JSON.
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (result.ok) return { ok: true, policy: result.policy };
  return { ok: false, message: `policy ${path} is invalid:\n${formatPolicyIssues(result.issues)}`, unreadable: false };
}
