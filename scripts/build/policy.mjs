// The build's policy step: reads a policy file, validates it with the core's own validator
// (src/core/policy/parse.ts, loaded through tsx because the build runs plain Node), and returns
// the validated policy — defaults applied, strings trimmed, domains lower-cased — for the bundles
// to embed as a literal. Outlook then never validates the built-in policy, so a broken file stops
// the build with its field errors instead of breaking the add-in at load.
import { readFileSync } from "node:fs";
import { tsImport } from "tsx/esm/api";

/** A policy file the build refuses; the message lists every field error, one a line. */
export class PolicyFileError extends Error {
  /**
   * @param {string} file
   * @param {readonly { field: string, message: string }[]} issues
   */
  constructor(file, issues) {
    super(`${file} is not a valid policy:\n${issues.map((i) => `  ${i.field}: ${i.message}`).join("\n")}`);
    this.name = "PolicyFileError";
    this.file = file;
    this.issues = issues;
  }
}

/**
 * @param {string} file path of a policy JSON file
 * @returns {Promise<Record<string, unknown>>} the validated policy
 * @throws {PolicyFileError} when the file cannot be read, is not JSON or fails validation
 */
export async function validatedPolicyFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new PolicyFileError(file, [{ field: "(root)", message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  /** @type {{ parsePolicy: (text: string) => { ok: true, policy: Record<string, unknown> } | { ok: false, issues: { field: string, message: string }[] } }} */
  const { parsePolicy } = await tsImport("../../src/core/policy/parse.ts", import.meta.url);
  const result = parsePolicy(text);
  if (!result.ok) throw new PolicyFileError(file, result.issues);
  return result.policy;
}
